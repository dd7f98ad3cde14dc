"""Evaluation: one greedy multi-turn rollout per question, written in the studio predictions format.

Uses the evaluation bounds (crops 256-5120 tokens, frames not resized) and the same loop as RL.
The benchmark is the text of the qid before its first ``-`` (as the reference evaluator groups).
UNTESTED without a GPU machine (see docs/python-runner.md).
"""
import os

from . import data, model as models, ops, rl, rollouts

BENCHMARKS = ("vstar", "tallyqa", "infovqa", "mvbench")


def prediction(qid, question, ground_truths, response, correct, tool_calls, tool_failures):
    """One predictions line's object (docs/predictions-format.md), trace not kept (null)."""
    benchmark = qid.split("-", 1)[0]
    return {"qid": qid, "benchmark": benchmark, "category": "", "question": question,
            "groundTruths": list(ground_truths), "response": response,
            "recorded": {"correctness": float(correct), "toolCalls": float(tool_calls),
                         "toolFailures": float(tool_failures)}, "trace": None}


def header(name, checkpoint, decoding):
    return {"format": "pixelstudio-predictions", "version": 1, "name": name,
            "provenance": {"checkpoint": checkpoint, "benchmarkVersion": "", "decoding": decoding,
                           "pixelBounds": "input %d-%d, crop %d-%d px" % (ops.EVAL_INPUT + ops.EVAL_CROP),
                           "judge": "last \\boxed{} vs ground truths", "other": {"source": "studio-python"}}}


def run(spec, events):
    examples = data.load(spec.resolve(spec.data_path), spec.data_format)
    net, processor, torch = models.load(spec, trainable=False)
    events.start("evaluation", len(examples))
    records = []
    for n, example in enumerate(examples, 1):
        trajectory = rl.rollout(net, processor, torch, example, spec, settings=ops.EVALUATION,
                                bounds=ops.EVAL_INPUT, greedy=True)
        response = trajectory.response_text()
        correct = rollouts.correctness(response, example.answers)
        records.append(prediction(example.qid, example.question(), example.answers, response, correct,
                                  trajectory.calls, trajectory.failures))
        events.metrics(n, {"accuracy": sum(1 for r in records if r["recorded"]["correctness"] > 0.5) / len(records)})
    path = os.path.join(spec.output, "%s.predictions.jsonl" % (spec.name or "evaluation").replace("/", "_"))
    checkpoint = spec.resume_from or spec.base_model
    rollouts.write_lines(path, header(spec.name, checkpoint, "greedy, max %d tokens" % spec.hyper.maxLength), records)
    benchmarks = sorted({r["benchmark"] for r in records})
    events.predictions(path, benchmarks[0] if len(benchmarks) == 1 else "")
