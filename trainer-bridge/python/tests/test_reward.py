import unittest

from pixelstudio_runner import reward
from pixelstudio_runner.reward import PAPER, REFERENCE_CODE, CuriosityReward, Rollout


def group(calls, correct=None, video=False, failed=None):
    correct = correct or [1.0] * len(calls)
    failed = failed or [False] * len(calls)
    return [Rollout(c, n, video, f) for n, c, f in zip(calls, correct, failed)]


class CuriosityRewardTest(unittest.TestCase):

    def test_reference_code_gives_the_documented_bonus_at_rapr_a_quarter(self):
        g = CuriosityReward(REFERENCE_CODE).score(group([1, 1, 0, 0, 0, 0, 0, 0]))
        self.assertAlmostEqual(g.rapr, 0.25)
        self.assertAlmostEqual(g.breakdowns[0].curiosity, 0.025, places=15)
        self.assertEqual(g.breakdowns[2].curiosity, 0.0)

    def test_paper_and_code_differ_at_rapr_one_eighth(self):
        calls = [1, 0, 0, 0, 0, 0, 0, 0]
        self.assertAlmostEqual(CuriosityReward(PAPER).score(group(calls)).breakdowns[0].curiosity, 0.0875, places=15)
        self.assertAlmostEqual(CuriosityReward(REFERENCE_CODE).score(group(calls)).breakdowns[0].curiosity, 0.175,
                               places=15)

    def test_video_divisor_applies_to_video_questions(self):
        b = CuriosityReward(REFERENCE_CODE).score(group([1, 0, 0, 0], video=True)).breakdowns[0]
        self.assertAlmostEqual(b.curiosity, 0.25 * 0.05 / 1.5 / 0.25, places=15)

    def test_penalty_is_unclamped_in_the_code_and_clamped_in_the_paper(self):
        code = REFERENCE_CODE.with_(operationBudget=2)
        paper = PAPER.with_(operationBudget=2)
        self.assertAlmostEqual(CuriosityReward(code).score(group([1, 3])).breakdowns[0].penalty, 0.05)
        self.assertEqual(CuriosityReward(paper).score(group([1, 3])).breakdowns[0].penalty, 0.0)
        self.assertAlmostEqual(CuriosityReward(paper).score(group([1, 3])).breakdowns[1].penalty, -0.05)

    def test_unparsable_answer_scores_minus_one_in_the_code_and_zero_in_the_paper(self):
        g = group([0, 0], correct=[-1.0, 1.0])
        self.assertEqual(CuriosityReward(REFERENCE_CODE).score(g).breakdowns[0].correctness, -1.0)
        self.assertEqual(CuriosityReward(PAPER).score(g).breakdowns[0].correctness, 0.0)

    def test_index_bug_reads_the_flag_of_the_first_group(self):
        first = group([1, 1], failed=[False, True])
        second = group([1, 1], failed=[False, False])
        scored = CuriosityReward(REFERENCE_CODE).score_batch([first, second])
        self.assertTrue(scored[1].breakdowns[1].zeroed)
        self.assertTrue(scored[1].breakdowns[1].flag_from_other_rollout)
        fixed = CuriosityReward(REFERENCE_CODE.with_(reproduceFlagIndexBug=False)).score_batch([first, second])
        self.assertFalse(fixed[1].breakdowns[1].zeroed)
        self.assertTrue(fixed[0].breakdowns[1].zeroed)

    def test_advantage_is_total_minus_mean_or_divided_by_sample_std(self):
        g = group([0, 0, 0], correct=[1.0, 0.0, 0.0])
        plain = CuriosityReward(PAPER).score(g)
        self.assertAlmostEqual(plain.breakdowns[0].advantage, 2.0 / 3.0, places=15)
        normalized = CuriosityReward(PAPER.with_(normalizeAdvantageByStd=True)).score(g)
        std = (((2 / 3) ** 2 + 2 * (1 / 3) ** 2) / 2) ** 0.5
        self.assertAlmostEqual(normalized.breakdowns[0].advantage, (2 / 3) / (std + 1e-9), places=12)

    def test_uniform_groups_are_dropped(self):
        scorer = CuriosityReward(PAPER)
        scored = scorer.score_batch([group([0, 0]), group([0, 0], correct=[1.0, 0.0])])
        self.assertEqual(reward.kept_groups(PAPER, scored), [1])

    def test_parameters_from_a_spec_need_every_field_and_refuse_unknown_ones(self):
        values = {f: getattr(PAPER, f) for f in PAPER.__dataclass_fields__}
        self.assertEqual(reward.RewardParameters.from_dict(values), PAPER)
        with self.assertRaisesRegex(KeyError, "missing reward field curiosityThreshold"):
            reward.RewardParameters.from_dict({k: v for k, v in values.items() if k != "curiosityThreshold"})
        with self.assertRaisesRegex(KeyError, "unknown reward field alpha"):
            reward.RewardParameters.from_dict(dict(values, alpha=1))

    def test_flag_is_derived_from_the_trace_when_not_recorded(self):
        trace = {"turns": [{"role": "assistant", "content": [{"type": "text", "text": "<tool_call>x</tool_call>"}]},
                           {"role": "user", "content": [{"type": "text", "text": "\nExecution error:\n'x'\n"}]},
                           {"role": "assistant", "content": [{"type": "text", "text": "\\boxed{A}"}]}]}
        rollout = Rollout.from_record({"correctness": 1.0, "toolCalls": 1, "trace": trace})
        self.assertTrue(rollout.ended_after_failed_call)


if __name__ == "__main__":
    unittest.main()
