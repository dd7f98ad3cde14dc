import io
import json
import math
import os
import subprocess
import sys
import tempfile
import unittest

from pixelstudio_runner import data, rollouts, spec
from pixelstudio_runner.events import EventWriter
from pixelstudio_runner.reward import PAPER

PYTHON_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def spec_dict(**changes):
    root = {"version": 1, "name": "t", "kind": "sft", "recipe": "studio-python", "baseModel": "/nowhere/model",
            "data": {"path": "train.json", "format": "pixelreasoner-sft", "view": ""},
            "hyperparameters": {"learningRate": 1e-6, "epochs": 1, "extra": {}},
            "reward": {f: getattr(PAPER, f) for f in PAPER.__dataclass_fields__}, "devices": ["cpu"],
            "output": "out", "resumeFrom": ""}
    root.update(changes)
    return root


SFT_RECORD = {"qid": "vstar-1", "message_list": [
    {"role": "system", "content": [{"text": "sys"}]},
    {"role": "user", "content": [{"text": "Q?"}, {"image": "img/a.png"}]},
    {"role": "assistant", "content": [{"text": "It is \\boxed{B}"}]}]}


class SpecTest(unittest.TestCase):

    def test_reads_a_version_one_spec(self):
        s = spec.parse(spec_dict())
        self.assertEqual((s.kind, s.hyper.epochs, s.hyper.groupSize, s.reward), ("sft", 1, 8, PAPER))

    def test_refuses_newer_versions_and_unknown_fields_naming_them(self):
        with self.assertRaisesRegex(spec.SpecError, "version: version 2 cannot be read"):
            spec.parse(spec_dict(version=2))
        with self.assertRaisesRegex(spec.SpecError, "hyperparameters.learning_rate: unknown field"):
            spec.parse(spec_dict(hyperparameters={"learning_rate": 1}))
        with self.assertRaisesRegex(spec.SpecError, "hyperparameters.epochs: must be int"):
            spec.parse(spec_dict(hyperparameters={"epochs": "5"}))


class EventsTest(unittest.TestCase):

    def test_one_json_line_per_event_with_bare_nan(self):
        out = io.StringIO()
        events = EventWriter(out)
        events.start("rl", 3)
        events.metrics(1, {"loss": math.nan, "rapr": 0.25})
        lines = out.getvalue().splitlines()
        self.assertEqual(json.loads(lines[0]), {"event": "start", "kind": "rl", "total_steps": 3})
        self.assertEqual(lines[1], '{"event": "metrics", "step": 1, "values": {"loss": NaN, "rapr": 0.25}}')
        with self.assertRaises(TypeError):
            events.metrics(2, {"loss": "high"})


class DataTest(unittest.TestCase):

    def write(self, folder, name, text):
        path = os.path.join(folder, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def test_pixel_reasoner_sft_records_resolve_media_and_answers(self):
        with tempfile.TemporaryDirectory() as folder:
            example = data.load(self.write(folder, "train.json", json.dumps([SFT_RECORD])))[0]
            self.assertEqual(example.qid, "vstar-1")
            self.assertEqual(example.answers, ["B"])
            self.assertEqual(example.media(), [{"type": "image", "image": os.path.join(folder, "img/a.png")}])
            self.assertEqual(len(example.prompt()), 2)

    def test_sharegpt_placeholders_pair_with_images_in_order(self):
        record = {"messages": [{"role": "user", "content": "Q<image>"}, {"role": "assistant", "content": "A"},
                               {"role": "user", "content": "crop<image>"}], "images": ["/a.png", "/b.png"]}
        with tempfile.TemporaryDirectory() as folder:
            example = data.load(self.write(folder, "t.json", json.dumps([record])), "sharegpt")[0]
        self.assertEqual(example.messages[2]["content"], [{"type": "text", "text": "crop"},
                                                          {"type": "image", "image": "/b.png"}])

    def test_rl_prompts_and_bad_records_name_the_field(self):
        with tempfile.TemporaryDirectory() as folder:
            path = self.write(folder, "rl.jsonl", json.dumps({"question": "Q", "image": ["v/1.jpg", "v/2.jpg"],
                                                              "is_video": True, "gt_answer": "A", "qid": "mv-1"}))
            example = data.load(path)[0]
            self.assertTrue(example.video)
            self.assertEqual(example.answers, ["A"])
            bad = self.write(folder, "bad.json", json.dumps([{"message_list": [{"role": "tool", "content": []}]}]))
            with self.assertRaisesRegex(data.DataError, r"record 0: message_list\[0\].role"):
                data.load(bad)


class RolloutsTest(unittest.TestCase):

    def test_correctness_reads_the_last_boxed_answer(self):
        self.assertEqual(rollouts.correctness("\\boxed{A} no, \\boxed{(B)}", ["B"]), 1.0)
        self.assertEqual(rollouts.correctness("\\boxed{red}", ["Blue"]), 0.0)
        self.assertEqual(rollouts.correctness("no answer", ["B"]), -1.0)

    def test_rollout_lines_are_compact_ordered_and_sorted(self):
        record = rollouts.record("q", 3, 0, "Q", False, ["A"], "r", 1.0, 1, 0, 1.05, {"penalty": 0.0, "curiosity": 0.05})
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "r.jsonl")
            rollouts.write_rollouts(path, [record])
            with open(path, encoding="utf-8") as f:
                lines = f.read().split("\n")
        self.assertEqual(lines[0], '{"format":"pixelstudio-rollouts","version":1}')
        self.assertEqual(lines[1], '{"qid":"q","step":3,"sample":0,"question":"Q","video":false,"groundTruths":["A"],'
                                   '"response":"r","correctness":1.0,"toolCalls":1,"toolFailures":0,"storedReward":1.05,'
                                   '"recorded":{"curiosity":0.05,"penalty":0.0}}')


class CommandLineTest(unittest.TestCase):

    def test_a_missing_model_folder_ends_with_an_error_event_and_exit_one(self):
        with tempfile.TemporaryDirectory() as folder:
            with open(os.path.join(folder, "train.json"), "w", encoding="utf-8") as f:
                json.dump([SFT_RECORD], f)
            spec_path = os.path.join(folder, "spec.json")
            with open(spec_path, "w", encoding="utf-8") as f:
                json.dump(spec_dict(), f)
            done = subprocess.run([sys.executable, "-m", "pixelstudio_runner", "sft", "--spec", spec_path],
                                  cwd=PYTHON_ROOT, capture_output=True, text=True, timeout=60)
        events = [json.loads(line) for line in done.stdout.splitlines()]
        self.assertEqual(done.returncode, 1)
        self.assertEqual(events[0]["event"], "error")
        self.assertIn("model folder not found: '/nowhere/model'", events[0]["message"])
        self.assertEqual(events[-1], {"event": "end", "status": "failed"})


if __name__ == "__main__":
    unittest.main()
