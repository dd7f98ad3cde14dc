"""Pure parts of RL: judging an answer, one rollout as a studio-rollouts record, the atomic writer.

Records follow docs/rollouts-format.md (compact JSON, fixed field order, ``recorded`` sorted) so the
studio's Rollout screen reads what the runner trained on and recomputes the same reward.
"""
import json
import os
import re

from .data import last_boxed

HEADER = {"format": "pixelstudio-rollouts", "version": 1}


def _normal(text):
    text = text.strip().strip(".").strip()
    match = re.fullmatch(r"\(?([A-Za-z])\)?(?:[.:)]\s.*)?", text, re.S)
    if match:
        return match.group(1).upper()
    return re.sub(r"\s+", " ", text).lower()


def correctness(response, ground_truths):
    """1.0 when the last ``\\boxed{}`` matches a ground truth, 0.0 when not, -1.0 when there is none."""
    answer = last_boxed(response)
    if answer is None:
        return -1.0
    return 1.0 if _normal(answer) in {_normal(g) for g in ground_truths} else 0.0


def record(qid, step, sample, question, video, ground_truths, response, correct, tool_calls, tool_failures,
           stored_reward, recorded):
    """One rollout line's object, fields in the format's order."""
    out = {"qid": qid, "step": int(step), "sample": int(sample), "question": question, "video": bool(video),
           "groundTruths": list(ground_truths), "response": response, "correctness": float(correct),
           "toolCalls": int(tool_calls), "toolFailures": int(tool_failures)}
    if stored_reward is not None:
        out["storedReward"] = float(stored_reward)
    out["recorded"] = {k: float(recorded[k]) for k in sorted(recorded)}
    return out


def dumps(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def write_lines(path, header, records):
    """Header then records, one compact JSON per line, written atomically (previous file kept as .bak)."""
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    temporary = path + ".tmp"
    with open(temporary, "w", encoding="utf-8", newline="\n") as f:
        f.write(dumps(header) + "\n")
        for r in records:
            f.write(dumps(r) + "\n")
        f.flush()
        os.fsync(f.fileno())
    if os.path.exists(path):
        os.replace(path, path + ".bak")
    os.replace(temporary, path)


def write_rollouts(path, records):
    write_lines(path, HEADER, records)
