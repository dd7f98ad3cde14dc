"""``python -m pixelstudio_runner {sft,rl,evaluate} --spec spec.json``: the studio's own trainer.

Every failure ends as an ``error`` event, an ``end`` event with status ``failed`` and exit code 1,
so the bridge always shows why a run stopped (a missing package is a message, not a traceback).
"""
import argparse
import sys

from .events import EventWriter, RunnerError

COMMANDS = {"sft": "sft", "rl": "rl", "evaluate": "evaluation"}


def main(argv=None, stream=None):
    parser = argparse.ArgumentParser(prog="python -m pixelstudio_runner")
    parser.add_argument("command", choices=sorted(COMMANDS))
    parser.add_argument("--spec", required=True, help="the run's spec.json (version 1)")
    args = parser.parse_args(argv)
    events = EventWriter(stream)
    try:
        from . import spec as specs
        spec = specs.load(args.spec)
        if spec.kind != COMMANDS[args.command]:
            raise RunnerError("%s: kind is %r but the command is %r" % (args.spec, spec.kind, args.command))
        if args.command == "sft":
            from . import sft as job
        elif args.command == "rl":
            from . import rl as job
        else:
            from . import evaluate as job
        job.run(spec, events)
    except BaseException as e:  # KeyboardInterrupt too: the studio's stop must still read "failed"
        events.error_from(e)
        events.end("failed")
        return 1
    events.end("succeeded")
    return 0


if __name__ == "__main__":
    sys.exit(main())
