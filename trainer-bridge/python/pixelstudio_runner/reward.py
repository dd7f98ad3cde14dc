"""The curiosity-driven reward and GRPO group advantages, term by term (docs/rewards.md).

Same formulas, switches and arithmetic order as trace-model's ``CuriosityReward`` so that what the
runner trains on equals what the studio recomputes from the rollouts it writes (checked to 1e-9 by
``PythonRewardCrossCheckTest``). Pure Python: no torch needed.
"""
import math
from dataclasses import dataclass, fields, replace

ENDED_AFTER_FAILED_CALL = "ended_after_failed_call"
EXECUTION_ERROR_MARKER = "Execution error"


@dataclass(frozen=True)
class RewardParameters:
    """Every number and switch of the reward (the Java ``RewardParameters`` record, same names)."""
    curiosityThreshold: float
    operationBudget: int
    curiosityWeight: float
    penaltyWeight: float
    imageCuriosityDivisor: float
    videoCuriosityDivisor: float
    divideCuriosityByRapr: bool
    clampPenaltyAtBudget: bool
    unparsableAnswerReward: float
    zeroCorrectAfterFailedCall: bool
    reproduceFlagIndexBug: bool
    normalizeAdvantageByStd: bool
    uniformDeviationThreshold: float

    def __post_init__(self):
        for name in ("curiosityThreshold", "curiosityWeight", "penaltyWeight", "unparsableAnswerReward"):
            if not math.isfinite(getattr(self, name)):
                raise ValueError("%s must be finite: %r" % (name, getattr(self, name)))
        if self.operationBudget < 0:
            raise ValueError("operationBudget must not be negative: %r" % self.operationBudget)
        if not (self.imageCuriosityDivisor > 0 and self.videoCuriosityDivisor > 0):
            raise ValueError("curiosity divisors must be positive: %r, %r"
                             % (self.imageCuriosityDivisor, self.videoCuriosityDivisor))
        if not self.uniformDeviationThreshold >= 0:
            raise ValueError("uniformDeviationThreshold must be >= 0: %r" % self.uniformDeviationThreshold)

    @classmethod
    def from_dict(cls, values):
        """From the spec's ``reward`` object: every field required, unknown ones refused."""
        names = [f.name for f in fields(cls)]
        unknown = sorted(set(values) - set(names))
        if unknown:
            raise KeyError("unknown reward field %s" % unknown[0])
        missing = [n for n in names if n not in values]
        if missing:
            raise KeyError("missing reward field %s" % missing[0])
        converted = {}
        for f in fields(cls):
            value = values[f.name]
            if f.type is bool or f.type == "bool":
                if not isinstance(value, bool):
                    raise TypeError("%s must be true or false, got %r" % (f.name, value))
            elif isinstance(value, bool) or not isinstance(value, (int, float)):
                raise TypeError("%s must be a number, got %r" % (f.name, value))
            elif f.type is int or f.type == "int":
                if value != int(value):
                    raise TypeError("%s must be an integer, got %r" % (f.name, value))
                value = int(value)
            else:
                value = float(value)
            converted[f.name] = value
        return cls(**converted)

    def with_(self, **changes):
        return replace(self, **changes)


PAPER = RewardParameters(0.3, 1, 0.5, 0.05, 1.0, 1.0, False, True, 0.0, False, False, False, 0.01)
REFERENCE_CODE = RewardParameters(0.3, 1, 0.25, 0.05, 2.0, 1.5, True, False, -1.0, True, True, False, 0.01)
PROFILES = {"PAPER": PAPER, "REFERENCE_CODE": REFERENCE_CODE}


@dataclass(frozen=True)
class Rollout:
    """What the reward reads of one rollout."""
    correctness: float
    tool_calls: int
    video: bool = False
    ended_after_failed_call: bool = False

    @classmethod
    def from_record(cls, record):
        """From a studio rollouts line (docs/rollouts-format.md)."""
        recorded = record.get("recorded") or {}
        flag = recorded.get(ENDED_AFTER_FAILED_CALL)
        ended = flag > 0.5 if flag is not None else ended_after_failed_call(record.get("trace"))
        return cls(float(record["correctness"]), int(record["toolCalls"]), bool(record.get("video", False)), ended)


def ended_after_failed_call(trace):
    """True when the trace's last assistant turn follows a user turn carrying the error text."""
    if not trace:
        return False
    turns = trace.get("turns") or []
    last = len(turns) - 1
    while last >= 0 and turns[last].get("role") != "assistant":
        last -= 1
    if last < 1 or turns[last - 1].get("role") != "user":
        return False
    text = "".join(item.get("text", "") for item in turns[last - 1].get("content", []) if isinstance(item, dict))
    return EXECUTION_ERROR_MARKER in text


@dataclass(frozen=True)
class Breakdown:
    correctness: float
    curiosity: float
    penalty: float
    total: float
    advantage: float
    zeroed: bool
    flag_from_other_rollout: bool


@dataclass(frozen=True)
class GroupReward:
    rapr: float
    mean: float
    mean_deviation: float
    breakdowns: list

    def is_uniform(self, parameters):
        """Whether the trainer drops this group (mean absolute deviation below the threshold)."""
        return self.mean_deviation < parameters.uniformDeviationThreshold


def rapr(group):
    return sum(1 for r in group if r.tool_calls > 0) / float(len(group))


class CuriosityReward:
    """Scores groups of rollouts (one group per prompt) of one generation batch."""

    def __init__(self, parameters):
        self.parameters = parameters

    def score_batch(self, batch):
        """One GroupReward per group, in order; the batch matters only for the index-bug switch."""
        flat = [r for group in batch for r in group]
        return [self._score_group(group, flat) for group in batch]

    def score(self, group):
        return self.score_batch([group])[0]

    def _score_group(self, group, flat):
        if not group:
            raise ValueError("a group needs at least one rollout")
        p = self.parameters
        group_rapr = rapr(group)
        rows = []
        for i, rollout in enumerate(group):
            term = p.unparsableAnswerReward if rollout.correctness < 0 else rollout.correctness
            zeroed = foreign = False
            if p.zeroCorrectAfterFailedCall and term > 0.5:
                source = flat[i] if p.reproduceFlagIndexBug and i < len(flat) else rollout
                if source.ended_after_failed_call:
                    term = 0.0
                    zeroed = True
                    foreign = source is not rollout
            curiosity = penalty = 0.0
            if rollout.tool_calls > 0:
                curiosity = self._curiosity(group_rapr, rollout.video)
                penalty = self._penalty(rollout.tool_calls)
            rows.append((term, curiosity, penalty, term + (curiosity + penalty), zeroed, foreign))
        totals = [row[3] for row in rows]
        mean = _sum(totals) / len(totals)
        deviation = _sum([abs(t - mean) for t in totals]) / len(totals)
        scale = sample_std(totals, mean) + 1e-9 if p.normalizeAdvantageByStd else 1.0
        breakdowns = [Breakdown(c, q, n, t, (t - mean) / scale, z, f) for c, q, n, t, z, f in rows]
        return GroupReward(group_rapr, mean, deviation, breakdowns)

    def _curiosity(self, group_rapr, video):
        p = self.parameters
        bonus = max(p.curiosityThreshold - group_rapr, 0.0)
        bonus /= p.videoCuriosityDivisor if video else p.imageCuriosityDivisor
        if p.divideCuriosityByRapr:
            bonus /= group_rapr
        return p.curiosityWeight * bonus

    def _penalty(self, calls):
        p = self.parameters
        over = float(calls - p.operationBudget)
        if p.clampPenaltyAtBudget:
            over = max(over, 0.0)
        return 0.0 if over == 0 else -p.penaltyWeight * over


def kept_groups(parameters, scored):
    """Indices of the groups GRPO trains on: the non-uniform ones (RB 401-475)."""
    return [i for i, g in enumerate(scored) if not g.is_uniform(parameters)]


def sample_std(values, mean):
    """``torch.std`` (Bessel-corrected); 0 for fewer than two values."""
    if len(values) < 2:
        return 0.0
    return math.sqrt(_sum([(v - mean) * (v - mean) for v in values]) / (len(values) - 1))


def _sum(values):
    """Left-to-right summation, as the Java loops do (``sum`` of floats is the same; named for intent)."""
    total = 0.0
    for v in values:
        total += v
    return total
