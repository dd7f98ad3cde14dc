import re
import unittest

from pixelstudio_runner import collate


class FakeTokenizer:
    """Deterministic: special tokens and words/newlines/punctuation each get the next free id."""

    SPECIALS = ["<|im_start|>", "<|im_end|>", "<|vision_start|>", "<|vision_end|>", "<|image_pad|>",
                "<|video_pad|>"]

    def __init__(self):
        self.vocab = {token: i for i, token in enumerate(self.SPECIALS)}
        self.pattern = re.compile("|".join(re.escape(s) for s in self.SPECIALS) + r"|\w+|\n|[^\w\s]")

    def _id(self, token):
        return self.vocab.setdefault(token, len(self.vocab))

    def convert_tokens_to_ids(self, token):
        return self.vocab.get(token)

    def encode(self, text, add_special_tokens=False):
        return [self._id(t) for t in self.pattern.findall(text)]

    def decode(self, ids):
        inverse = {v: k for k, v in self.vocab.items()}
        return " ".join(inverse[i] for i in ids)


MESSAGES = [
    {"role": "system", "content": [{"type": "text", "text": "You are a helpful assistant."}]},
    {"role": "user", "content": [{"type": "text", "text": "Which color?"}, {"type": "image", "image": "a.png"}]},
    {"role": "assistant", "content": [{"type": "text", "text": "zoom <tool_call>x</tool_call>"}]},
    {"role": "user", "content": [{"type": "text", "text": "\nHere is the cropped image:"}, {"type": "image", "image": "c.png"}]},
    {"role": "assistant", "content": [{"type": "text", "text": "red"}]},
]


class CollateTest(unittest.TestCase):

    def test_render_follows_the_qwen_template(self):
        text = collate.render(MESSAGES[:2], add_generation_prompt=True)
        self.assertEqual(text, "<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n"
                               "<|im_start|>user\nWhich color?<|vision_start|><|image_pad|><|vision_end|><|im_end|>\n"
                               "<|im_start|>assistant\n")

    def test_only_assistant_tokens_and_their_end_marker_are_labelled(self):
        tokenizer = FakeTokenizer()
        example = collate.encode(MESSAGES, tokenizer, 1000)
        trained = [t for t, label in zip(example["input_ids"], example["labels"]) if label != collate.IGNORE_INDEX]
        self.assertEqual(tokenizer.decode(trained), "zoom < tool_call > x < / tool_call > <|im_end|> red <|im_end|>")
        for t, label in zip(example["input_ids"], example["labels"]):
            self.assertIn(label, (t, collate.IGNORE_INDEX))

    def test_observation_turns_are_never_trained(self):
        tokenizer = FakeTokenizer()
        example = collate.encode(MESSAGES, tokenizer, 1000)
        cropped = tokenizer.convert_tokens_to_ids("cropped")
        self.assertIn(cropped, example["input_ids"])
        self.assertNotIn(cropped, example["labels"])

    def test_expanded_image_pads_do_not_shift_the_mask(self):
        tokenizer = FakeTokenizer()
        markers = collate.Markers(tokenizer)
        ids = tokenizer.encode(collate.render(MESSAGES))
        pad = tokenizer.convert_tokens_to_ids("<|image_pad|>")
        expanded = [x for t in ids for x in ([t] * 5 if t == pad else [t])]
        labels = collate.assistant_labels(expanded, markers)
        self.assertEqual(tokenizer.decode([t for t, l in zip(expanded, labels) if l != -100]).split()[-2:],
                         ["red", "<|im_end|>"])
        self.assertEqual(sum(1 for l in labels if l != -100), 12)  # 9 call tokens + end, "red" + end

    def test_truncation_and_padding(self):
        tokenizer = FakeTokenizer()
        short = collate.encode(MESSAGES, tokenizer, 10)
        long = collate.encode(MESSAGES, tokenizer, 1000)
        self.assertEqual(len(short["input_ids"]), 10)
        batch = collate.pad_batch([short, long], pad_id=-1)
        self.assertEqual(batch["input_ids"][0][10:], [-1] * (len(long["input_ids"]) - 10))
        self.assertEqual(batch["labels"][0][10:], [-100] * (len(long["input_ids"]) - 10))
        self.assertEqual(sum(batch["attention_mask"][0]), 10)


if __name__ == "__main__":
    unittest.main()
