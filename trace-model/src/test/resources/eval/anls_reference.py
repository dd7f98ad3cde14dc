"""Independent ANLS reference for AnlsPythonCrossCheckTest (python3, standard library only).

Reads JSON lines {"gts": [...], "pred": "...", "basis": "normalised" | "raw"} on stdin and
writes one float per line (repr). Full-matrix Levenshtein over Python str (code points), the
ANLS definition: lowercase, " ".join(s.split()), similarity 1 - d / max(len), below 0.5 -> 0,
maximum over ground truths.
"""
import json
import sys


def edit_distance(a, b):
    rows = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        rows[i][0] = i
    for j in range(len(b) + 1):
        rows[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            rows[i][j] = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
    return rows[len(a)][len(b)]


def similarity(gt, pred, basis):
    g = " ".join(gt.lower().split())
    p = " ".join(pred.lower().split())
    length = max(len(g), len(p)) if basis == "normalised" else max(len(gt), len(pred))
    if length == 0:
        return 1.0
    s = 1.0 - edit_distance(g, p) / length
    return 0.0 if s < 0.5 else s


def main():
    for line in sys.stdin:
        if not line.strip():
            continue
        case = json.loads(line)
        best = 0.0
        for gt in case["gts"]:
            best = max(best, similarity(gt, case["pred"], case["basis"]))
        print(repr(best))


if __name__ == "__main__":
    main()
