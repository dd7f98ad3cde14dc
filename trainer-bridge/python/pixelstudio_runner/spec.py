"""Reads the run spec (``spec.json`` version 1, docs/runs.md) the studio writes before starting us.

Like the Java codec, unknown fields and newer versions are refused: a misspelt setting silently
ignored would make a run that cannot be explained from its folder.
"""
import json
import os
from dataclasses import dataclass, field

from .events import RunnerError
from .reward import RewardParameters

VERSION = 1
KINDS = ("sft", "rl", "evaluation")

_TOP = {"version", "name", "kind", "recipe", "baseModel", "data", "hyperparameters", "reward", "devices",
        "output", "resumeFrom"}
_DATA = {"path", "format", "view"}
_HYPER = {"learningRate": float, "epochs": int, "batchSize": int, "gradientAccumulation": int, "maxLength": int,
          "seed": int, "finetuning": str, "loraRank": int, "loraAlpha": int, "groupSize": int, "maxSteps": int,
          "temperature": float, "extra": dict}


class SpecError(RunnerError):
    """A spec that cannot be used, naming the file and the field."""

    def __init__(self, path, field_name, message):
        super().__init__("%s: %s: %s" % (path, field_name or "(root)", message))


@dataclass
class Hyperparameters:
    learningRate: float = 1e-6
    epochs: int = 5
    batchSize: int = 1
    gradientAccumulation: int = 2
    maxLength: int = 8192
    seed: int = 49
    finetuning: str = "full"
    loraRank: int = 16
    loraAlpha: int = 32
    groupSize: int = 8
    maxSteps: int = 0
    temperature: float = 1.0
    extra: dict = field(default_factory=dict)


@dataclass
class RunSpec:
    name: str
    kind: str
    recipe: str
    base_model: str
    data_path: str
    data_format: str
    data_view: str
    hyper: Hyperparameters
    reward: RewardParameters
    devices: list
    output: str
    resume_from: str
    folder: str

    def resolve(self, path):
        """A path of the spec, relative ones taken against the spec's folder."""
        return path if os.path.isabs(path) else os.path.join(self.folder, path)


def load(path):
    """The spec at ``path``; raises SpecError naming the field on any problem."""
    try:
        with open(path, encoding="utf-8") as f:
            root = json.load(f)
    except OSError as e:
        raise SpecError(path, "", "cannot read: %s" % e.strerror)
    except ValueError as e:
        raise SpecError(path, "", "not JSON: %s" % e)
    return parse(root, path)


def parse(root, path="spec.json"):
    if not isinstance(root, dict):
        raise SpecError(path, "", "a run spec is a JSON object")
    version = root.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise SpecError(path, "version", "missing or not an integer (this runner reads version %d)" % VERSION)
    if version != VERSION:
        raise SpecError(path, "version", "version %d cannot be read by this runner, which reads version %d"
                        % (version, VERSION))
    _no_unknown(root, _TOP, path, "")
    kind = _text(root, "kind", path, "")
    if kind not in KINDS:
        raise SpecError(path, "kind", "unknown kind %r (expected one of %s)" % (kind, ", ".join(KINDS)))
    data = _object(root, "data", path, "")
    _no_unknown(data, _DATA, path, "data.")
    hyper = Hyperparameters()
    raw_hyper = root.get("hyperparameters", {})
    if not isinstance(raw_hyper, dict):
        raise SpecError(path, "hyperparameters", "must be an object")
    _no_unknown(raw_hyper, set(_HYPER), path, "hyperparameters.")
    for name, kind_of in _HYPER.items():
        if name in raw_hyper:
            setattr(hyper, name, _typed(raw_hyper[name], kind_of, path, "hyperparameters." + name))
    reward_raw = root.get("reward", {})
    if not isinstance(reward_raw, dict):
        raise SpecError(path, "reward", "must be an object")
    try:
        reward = RewardParameters.from_dict(reward_raw)
    except (KeyError, TypeError, ValueError) as e:
        raise SpecError(path, "reward", str(e))
    devices = root.get("devices", [])
    if not isinstance(devices, list) or not all(isinstance(d, str) for d in devices):
        raise SpecError(path, "devices", "must be a list of strings")
    return RunSpec(name=_text(root, "name", path, "", ""), kind=kind, recipe=_text(root, "recipe", path, "", ""),
                   base_model=_text(root, "baseModel", path, ""), data_path=_text(data, "path", path, "data."),
                   data_format=_text(data, "format", path, "data.", ""), data_view=_text(data, "view", path, "data.", ""),
                   hyper=hyper, reward=reward, devices=devices, output=_text(root, "output", path, ""),
                   resume_from=_text(root, "resumeFrom", path, "", ""),
                   folder=os.path.dirname(os.path.abspath(path)))


def _no_unknown(node, known, path, prefix):
    for name in node:
        if name not in known:
            raise SpecError(path, prefix + name, "unknown field (known: %s)" % ", ".join(sorted(known)))


def _object(node, name, path, prefix):
    value = node.get(name)
    if not isinstance(value, dict):
        raise SpecError(path, prefix + name, "missing or not an object")
    return value


_MISSING = object()


def _text(node, name, path, prefix, default=_MISSING):
    value = node.get(name, default)
    if value is _MISSING:
        raise SpecError(path, prefix + name, "missing")
    if not isinstance(value, str):
        raise SpecError(path, prefix + name, "must be a string, got %r" % (value,))
    return value


def _typed(value, kind_of, path, name):
    if kind_of is float and isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    if kind_of is int and isinstance(value, int) and not isinstance(value, bool):
        return value
    if kind_of in (str, dict) and isinstance(value, kind_of):
        return value
    raise SpecError(path, name, "must be %s, got %r" % (kind_of.__name__, value))
