"""Cross-check entry points for the Java tests that prove both sides compute the same things.

``python -m pixelstudio_runner.check reward IN.json`` scores the batches of IN under each named
parameter set and prints every term; ``... crop IN.json`` executes zoom-in calls (on real images
when Pillow is present and a path is given, else on sizes) and prints boxes, sizes and texts.
Floats are printed by ``json.dumps`` (shortest repr: exact round trip).
"""
import json
import sys

from . import ops, reward


def score(request):
    out = {}
    for name, values in request["parameters"].items():
        scorer = reward.CuriosityReward(reward.RewardParameters.from_dict(values))
        batches = []
        for batch in request["batches"]:
            groups = scorer.score_batch([[reward.Rollout.from_record(r) for r in group] for group in batch])
            batches.append([{"rapr": g.rapr, "mean": g.mean, "meanDeviation": g.mean_deviation,
                             "uniform": g.is_uniform(scorer.parameters),
                             "breakdowns": [{"correctness": b.correctness, "curiosity": b.curiosity,
                                             "penalty": b.penalty, "total": b.total, "advantage": b.advantage,
                                             "zeroed": b.zeroed, "foreign": b.flag_from_other_rollout}
                                            for b in g.breakdowns]} for g in groups])
        out[name] = batches
    return out


def crop(request):
    bounds = tuple(request["bounds"])
    results = []
    for case in request["cases"]:
        image = _image(case)
        state = ops.VisualState(False, [], [image])
        call = "<tool_call>" + json.dumps({"name": "crop_image_normalized",
                                           "arguments": {"bbox_2d": case["bbox"], "target_image": 1}}) + "</tool_call>"
        observation = ops.execute(state, call, ops.Settings(bounds, None))
        result = {"text": observation.text, "failed": observation.failed}
        try:
            result["cut"] = list(ops.cut_box(case["bbox"], image.size[0], image.size[1]))
        except Exception as e:  # noqa: BLE001 - the reference's own failure is the answer
            result["cut"] = str(e)
        if observation.images:
            result["size"] = list(observation.images[0].size)
            if case.get("out") and not isinstance(observation.images[0], ops.SizedImage):
                observation.images[0].save(case["out"])
        results.append(result)
    return {"pixels": _pil() is not None, "results": results}


def _pil():
    try:
        from PIL import Image
        return Image
    except ImportError:
        return None


def _image(case):
    image_module = _pil()
    if case.get("image") and image_module is not None:
        return image_module.open(case["image"])
    return ops.SizedImage(case["width"], case["height"])


def main(argv):
    command, path = argv
    with open(path, encoding="utf-8") as f:
        request = json.load(f)
    result = {"reward": score, "crop": crop}[command](request)
    sys.stdout.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
