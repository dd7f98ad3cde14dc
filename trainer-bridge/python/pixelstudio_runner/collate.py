"""Multi-turn multimodal chat → token ids and labels that train only on assistant tokens.

The text is rendered with Qwen2.5-VL's chat template (``<|im_start|>role\\n…<|im_end|>\\n``, images as
``<|vision_start|><|image_pad|><|vision_end|>``); tokenizing it (with a real processor, image pads are
expanded to the image's visual tokens) gives ids whose labels are found by scanning the ids for
``<|im_start|>assistant\\n`` … ``<|im_end|>``: scanning ids, not text offsets, keeps the mask right
after the processor's image-pad expansion. The observation turns (crops, frames, execution errors)
are ``user`` turns and so never trained on, as in the reference SFT.
"""

IGNORE_INDEX = -100
IM_START = "<|im_start|>"
IM_END = "<|im_end|>"
IMAGE_PLACEHOLDER = "<|vision_start|><|image_pad|><|vision_end|>"
VIDEO_PLACEHOLDER = "<|vision_start|><|video_pad|><|vision_end|>"
DEFAULT_SYSTEM = "You are a helpful assistant."


def render(messages, add_generation_prompt=False):
    """The Qwen2.5-VL chat template's text for ``messages`` (content lists of text/image/video items)."""
    parts = []
    if not messages or messages[0]["role"] != "system":
        parts.append("%ssystem\n%s%s\n" % (IM_START, DEFAULT_SYSTEM, IM_END))
    for message in messages:
        parts.append("%s%s\n" % (IM_START, message["role"]))
        content = message["content"]
        if isinstance(content, str):
            parts.append(content)
        else:
            for item in content:
                if item.get("type") == "image" or "image" in item:
                    parts.append(IMAGE_PLACEHOLDER)
                elif item.get("type") == "video" or "video" in item:
                    parts.append(VIDEO_PLACEHOLDER)
                else:
                    parts.append(item.get("text", ""))
        parts.append("%s\n" % IM_END)
    if add_generation_prompt:
        parts.append("%sassistant\n" % IM_START)
    return "".join(parts)


class Markers:
    """Token ids that delimit assistant turns, read from a tokenizer."""

    def __init__(self, tokenizer):
        self.im_start = tokenizer.convert_tokens_to_ids(IM_START)
        self.im_end = tokenizer.convert_tokens_to_ids(IM_END)
        self.assistant_header = list(tokenizer.encode("assistant\n", add_special_tokens=False))
        if self.im_start is None or self.im_end is None or not self.assistant_header:
            raise ValueError("the tokenizer lacks Qwen chat markers (%s, %s)" % (IM_START, IM_END))


def assistant_labels(input_ids, markers):
    """Labels: the id inside assistant turns (content and closing ``<|im_end|>``), else -100."""
    ids = list(input_ids)
    labels = [IGNORE_INDEX] * len(ids)
    header = markers.assistant_header
    i = 0
    while i < len(ids):
        if ids[i] == markers.im_start and ids[i + 1:i + 1 + len(header)] == header:
            j = i + 1 + len(header)
            while j < len(ids) and ids[j] != markers.im_end:
                labels[j] = ids[j]
                j += 1
            if j < len(ids):
                labels[j] = ids[j]
            i = j + 1
        else:
            i += 1
    return labels


def encode(messages, tokenizer, max_length, markers=None):
    """One example: {"input_ids", "labels"} truncated to ``max_length`` (text-only tokenization)."""
    markers = markers or Markers(tokenizer)
    ids = list(tokenizer.encode(render(messages), add_special_tokens=False))[:max_length]
    return {"input_ids": ids, "labels": assistant_labels(ids, markers)}


def pad_batch(examples, pad_id):
    """Right-pads a batch: input_ids with ``pad_id``, labels with -100, attention_mask 1/0 (lists)."""
    width = max(len(e["input_ids"]) for e in examples)
    batch = {"input_ids": [], "labels": [], "attention_mask": []}
    for e in examples:
        missing = width - len(e["input_ids"])
        batch["input_ids"].append(list(e["input_ids"]) + [pad_id] * missing)
        batch["labels"].append(list(e["labels"]) + [IGNORE_INDEX] * missing)
        batch["attention_mask"].append([1] * len(e["input_ids"]) + [0] * missing)
    return batch
