"""Reads training and evaluation data into one shape: chat messages with typed content items.

Formats (docs/formats.md, docs/exports.md): ``pixelreasoner-sft`` (JSON list, ``message_list``),
``openai-messages`` (JSON lines, ``messages``), ``sharegpt`` (``messages`` with ``<image>``
placeholders and ``images``/``videos`` lists) and ``pixelreasoner-rl`` (``question``, ``image``,
``is_video``, ``answer``/``gt_answer``, ``qid``). Relative media paths are taken against the data
file's folder. A bad record is an error naming file, record and field: training must not silently
skip data.
"""
import json
import os
import re
from dataclasses import dataclass, field

from .events import RunnerError

FORMATS = ("pixelreasoner-sft", "openai-messages", "sharegpt", "pixelreasoner-rl")


class DataError(RunnerError):
    def __init__(self, path, index, field_name, message):
        super().__init__("%s: record %d: %s: %s" % (path, index, field_name, message))


@dataclass
class Example:
    qid: str
    messages: list
    answers: list = field(default_factory=list)
    video: bool = False

    def prompt(self):
        """The messages up to and including the first user turn: what a rollout starts from."""
        for i, message in enumerate(self.messages):
            if message["role"] == "user":
                return self.messages[:i + 1]
        return list(self.messages)

    def question(self):
        for message in self.messages:
            if message["role"] == "user":
                return "".join(item.get("text", "") for item in message["content"] if item["type"] == "text")
        return ""

    def media(self):
        """Image paths and video frame lists of the first user turn, in order."""
        for message in self.messages:
            if message["role"] == "user":
                return [item for item in message["content"] if item["type"] in ("image", "video")]
        return []


def load(path, data_format=""):
    records = _read_records(path)
    data_format = data_format or _detect(records)
    if data_format not in FORMATS:
        raise RunnerError("%s: unknown data format %r (known: %s)" % (path, data_format, ", ".join(FORMATS)))
    base = os.path.dirname(os.path.abspath(path))
    reader = {"pixelreasoner-sft": _sft, "openai-messages": _openai, "sharegpt": _sharegpt,
              "pixelreasoner-rl": _rl}[data_format]
    return [reader(record, i, path, base) for i, record in enumerate(records)]


def _read_records(path):
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except OSError as e:
        raise RunnerError("%s: cannot read data: %s" % (path, e.strerror))
    stripped = text.lstrip()
    if stripped.startswith("["):
        try:
            return json.loads(text)
        except ValueError as e:
            raise RunnerError("%s: not JSON: %s" % (path, e))
    records = []
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                records.append(json.loads(line))
            except ValueError as e:
                raise RunnerError("%s:%d: not JSON: %s" % (path, number, e))
    return records


def _detect(records):
    first = records[0] if records else {}
    if "message_list" in first:
        return "pixelreasoner-sft"
    if "messages" in first:
        messages = first["messages"]
        return "sharegpt" if messages and isinstance(messages[0].get("content"), str) else "openai-messages"
    return "pixelreasoner-rl"


def _media(path, base):
    return path if os.path.isabs(path) or "://" in path else os.path.join(base, path)


def _item(item, i, path, base, where):
    if not isinstance(item, dict):
        raise DataError(path, i, where, "a content item is an object")
    if "text" in item and item.get("type", "text") == "text":
        return {"type": "text", "text": item["text"]}
    if "image" in item:
        return {"type": "image", "image": _media(item["image"], base)}
    if "video" in item:
        return {"type": "video", "video": [_media(p, base) for p in item["video"]]}
    raise DataError(path, i, where, "no text, image or video")


def _messages(raw, i, path, base, key):
    if not isinstance(raw, list) or not raw:
        raise DataError(path, i, key, "missing or not a non-empty list")
    out = []
    for t, message in enumerate(raw):
        where = "%s[%d]" % (key, t)
        role = message.get("role") if isinstance(message, dict) else None
        if role not in ("system", "user", "assistant"):
            raise DataError(path, i, where + ".role", "expected system, user or assistant, got %r" % (role,))
        content = message.get("content")
        if isinstance(content, str):
            content = [{"type": "text", "text": content}]
        if not isinstance(content, list):
            raise DataError(path, i, where + ".content", "must be a list")
        out.append({"role": role, "content": [_item(c, i, path, base, "%s.content[%d]" % (where, n))
                                              for n, c in enumerate(content)]})
    return out


def _answers(record, messages):
    value = record.get("answer", record.get("gt_answer"))
    if value is None:
        boxed = last_boxed(_last_assistant_text(messages))
        return [boxed] if boxed is not None else []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def _last_assistant_text(messages):
    for message in reversed(messages):
        if message["role"] == "assistant":
            return "".join(c.get("text", "") for c in message["content"])
    return ""


def last_boxed(text):
    """The content of the last balanced ``\\boxed{…}``, or None."""
    start = text.rfind("\\boxed{")
    if start < 0:
        return None
    depth, i = 1, start + len("\\boxed{")
    for j in range(i, len(text)):
        depth += {"{": 1, "}": -1}.get(text[j], 0)
        if depth == 0:
            return text[i:j]
    return None


def _qid(record, i, prefix):
    value = record.get("qid", record.get("id"))
    return str(value) if value is not None else "%s-%d" % (prefix, i)


def _video(messages):
    return any(c["type"] == "video" for m in messages for c in m["content"])


def _sft(record, i, path, base):
    messages = _messages(record.get("message_list"), i, path, base, "message_list")
    return Example(_qid(record, i, "sft"), messages, _answers(record, messages), _video(messages))


def _openai(record, i, path, base):
    messages = _messages(record.get("messages"), i, path, base, "messages")
    return Example(_qid(record, i, "sft"), messages, _answers(record, messages), _video(messages))


def _sharegpt(record, i, path, base):
    images = list(record.get("images", []))
    videos = list(record.get("videos", []))
    converted = []
    for t, message in enumerate(record.get("messages") or []):
        items = []
        for piece in re.split(r"(<image>|<video>)", message.get("content", "")):
            if piece == "<image>":
                if not images:
                    raise DataError(path, i, "messages[%d].content" % t, "more <image> than images")
                items.append({"image": images.pop(0)})
            elif piece == "<video>":
                if not videos:
                    raise DataError(path, i, "messages[%d].content" % t, "more <video> than videos")
                items.append({"video": videos.pop(0)})
            elif piece:
                items.append({"text": piece})
        converted.append({"role": message.get("role"), "content": items})
    messages = _messages(converted, i, path, base, "messages")
    return Example(_qid(record, i, "sft"), messages, _answers(record, messages), _video(messages))


def _rl(record, i, path, base):
    question = record.get("question")
    if not isinstance(question, str):
        raise DataError(path, i, "question", "missing or not a string")
    paths = record.get("image") or []
    if isinstance(paths, str):
        paths = [paths]
    video = bool(record.get("is_video", False))
    media = [{"type": "video", "video": [_media(p, base) for p in paths]}] if video else \
        [{"type": "image", "image": _media(p, base)} for p in paths]
    messages = [{"role": "user", "content": media + [{"type": "text", "text": question}]}]
    return Example(_qid(record, i, "rl"), messages, _answers(record, messages), video)
