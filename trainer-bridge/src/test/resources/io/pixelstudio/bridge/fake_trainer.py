"""A stand-in trainer that speaks the studio's event protocol (docs/runs.md), for the bridge tests.

Usage: fake_trainer.py MODE [STEPS] [PAUSE_SECONDS]
  ok         start, STEPS metrics lines, a checkpoint, end; exit 0
  crash      start, two metrics lines, then an uncaught exception (traceback on stderr, exit 1)
  error      start, an error event, exit 3
  malformed  good and bad lines mixed, exit 0
  hang       start, spawn a child that sleeps, ignore SIGTERM, sleep forever (must be killed)
  slow       like ok, with PAUSE_SECONDS between steps (to be followed after a restart)
"""
import json
import math
import os
import signal
import subprocess
import sys
import time


def emit(event, **fields):
    fields["event"] = event
    print(json.dumps(fields), flush=True)


def main():
    mode = sys.argv[1]
    steps = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    pause = float(sys.argv[3]) if len(sys.argv) > 3 else 0.0
    emit("start", kind="sft", total_steps=steps)
    if mode in ("ok", "slow"):
        for step in range(1, steps + 1):
            emit("metrics", step=step, values={"loss": 1.0 / step, "rapr": 0.1 * step})
            if pause:
                time.sleep(pause)
        emit("checkpoint", step=steps, path="checkpoints/step-%d" % steps)
        emit("end", status="succeeded")
    elif mode == "crash":
        emit("metrics", step=1, values={"loss": 2.0})
        emit("metrics", step=2, values={"loss": math.nan})
        raise RuntimeError("CUDA out of memory (simulated)")
    elif mode == "error":
        emit("error", message="dataset not found: /data/missing.json", traceback="Traceback ...")
        sys.exit(3)
    elif mode == "malformed":
        print("loading checkpoint shards: 100%", flush=True)
        print('{"event": "metrics", "step": 1, "values": {"loss": 0.5}}', flush=True)
        print('{"event": "metrics", "step": 2, "values": {"loss": ', flush=True)
        print('{"event": "teleport"}', flush=True)
        print('[1, 2, 3]', flush=True)
        emit("metrics", step=3, values={"loss": 0.25})
        emit("end", status="succeeded")
    elif mode == "hang":
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        child = subprocess.Popen([sys.executable, "-c",
                                  "import signal, time\nsignal.signal(signal.SIGTERM, signal.SIG_IGN)\ntime.sleep(600)"])
        emit("log", level="info", message="child %d" % child.pid)
        while True:
            time.sleep(1)
    else:
        sys.exit("unknown mode " + mode)


if __name__ == "__main__":
    main()
