"""The studio's event protocol (docs/runs.md): one JSON object per line on standard output.

Each line is flushed at once so the bridge, which follows the output file, sees progress live.
NaN and infinities are written bare (``json.dumps`` default): a diverged loss must still chart.
"""
import json
import sys
import traceback as tb


class EventWriter:
    """Writes protocol events to a text stream (standard output by default)."""

    def __init__(self, stream=None):
        self._stream = stream if stream is not None else sys.stdout

    def _emit(self, event, **fields):
        record = {"event": event}
        record.update(fields)
        self._stream.write(json.dumps(record, allow_nan=True) + "\n")
        self._stream.flush()

    def start(self, kind, total_steps=0):
        self._emit("start", kind=kind, total_steps=int(total_steps))

    def metrics(self, step, values):
        numbers = {}
        for name, value in values.items():
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise TypeError("metric %r is not a number: %r" % (name, value))
            numbers[name] = float(value)
        self._emit("metrics", step=int(step), values=numbers)

    def checkpoint(self, step, path):
        self._emit("checkpoint", step=int(step), path=str(path))

    def rollouts(self, step, path, count):
        self._emit("rollouts", step=int(step), path=str(path), count=int(count))

    def predictions(self, path, benchmark=""):
        self._emit("predictions", path=str(path), benchmark=benchmark)

    def log(self, message, level="info"):
        self._emit("log", level=level, message=str(message))

    def error(self, message, traceback=""):
        self._emit("error", message=str(message), traceback=traceback)

    def error_from(self, exc):
        """An ``error`` event for a caught exception, with its formatted traceback."""
        text = "".join(tb.format_exception(type(exc), exc, exc.__traceback__))
        self.error("%s: %s" % (type(exc).__name__, exc) if not isinstance(exc, RunnerError) else str(exc), text)

    def end(self, status="succeeded"):
        self._emit("end", status=status)


class RunnerError(Exception):
    """A failure the runner explains itself (bad spec, missing model folder, missing packages)."""
