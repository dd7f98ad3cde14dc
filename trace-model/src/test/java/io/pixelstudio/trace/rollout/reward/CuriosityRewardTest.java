package io.pixelstudio.trace.rollout.reward;

import io.pixelstudio.trace.rollout.Rollout;
import io.pixelstudio.trace.rollout.RolloutGroup;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import io.pixelstudio.trace.rollout.RolloutFixtures;

import static io.pixelstudio.trace.rollout.RolloutFixtures.failedLast;
import static io.pixelstudio.trace.rollout.RolloutFixtures.group;
import static io.pixelstudio.trace.rollout.RolloutFixtures.video;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CuriosityRewardTest {

    private static final CuriosityReward CODE = CuriosityReward.of(RewardProfile.REFERENCE_CODE);
    private static final CuriosityReward PAPER = CuriosityReward.of(RewardProfile.PAPER);

    /** 8 rollouts, the first two call one operation each; correctness alternates 1, 0. */
    private static RolloutGroup twoToolUsersOfEight() {
        return group("q", 1, new double[]{1, 0, 1, 0, 1, 0, 1, 0}, new int[]{1, 1, 0, 0, 0, 0, 0, 0});
    }

    @Test
    void codeProfileGivesEachToolUserTheCodesCuriosityForImages() {
        GroupReward g = CODE.score(twoToolUsersOfEight());
        assertThat(g.rapr()).isEqualTo(0.25);
        // max(0.3 − 0.25, 0) / 2.0 / 0.25 · 0.25 = 0.025
        assertThat(g.breakdowns().get(0).curiosity()).isCloseTo(0.025, within(1e-12));
        assertThat(g.breakdowns().get(1).curiosity()).isCloseTo(0.025, within(1e-12));
        assertThat(g.breakdowns().get(2).curiosity()).isZero();
        assertThat(g.breakdowns().get(0).total()).isCloseTo(1.025, within(1e-12));
        assertThat(g.breakdowns().get(1).total()).isCloseTo(0.025, within(1e-12));
    }

    @Test
    void codeProfileDividesByOnePointFiveForVideos() {
        RolloutGroup images = twoToolUsersOfEight();
        List<Rollout> videos = images.rollouts().stream().map(RolloutFixtures::video).toList();
        GroupReward g = CODE.score(new RolloutGroup("q", 1, videos));
        // 0.05 / 1.5 / 0.25 · 0.25 = 0.0333…
        assertThat(g.breakdowns().get(0).curiosity()).isCloseTo(0.05 / 1.5, within(1e-12));
    }

    @Test
    void paperProfileUsesAlphaTimesTheGapWithoutDividingByRapr() {
        RolloutGroup oneUser = group("q", 1, new double[]{1, 1, 1, 1, 0, 0, 0, 0}, new int[]{1, 0, 0, 0, 0, 0, 0, 0});
        // RaPR 0.125: paper 0.5 · 0.175 = 0.0875; code 0.175 / 2 / 0.125 · 0.25 = 0.175
        assertThat(PAPER.score(oneUser).breakdowns().get(0).curiosity()).isCloseTo(0.0875, within(1e-12));
        assertThat(CODE.score(oneUser).breakdowns().get(0).curiosity()).isCloseTo(0.175, within(1e-12));
    }

    @Test
    void threeCallsCostPointOneUnderBothProfiles() {
        RolloutGroup g = group("q", 1, new double[]{1, 0}, new int[]{3, 0});
        assertThat(CODE.score(g).breakdowns().get(0).penalty()).isCloseTo(-0.1, within(1e-12));
        assertThat(PAPER.score(g).breakdowns().get(0).penalty()).isCloseTo(-0.1, within(1e-12));
        assertThat(CODE.score(g).breakdowns().get(1).penalty()).isZero();
    }

    @Test
    void raprAtThresholdGivesNoCuriosityAndOneCallNoPenalty() {
        RolloutGroup g = group("q", 1, new double[]{1, 0}, new int[]{1, 0});
        RewardBreakdown b = CODE.score(g).breakdowns().get(0);
        assertThat(b.curiosity()).isZero();
        assertThat(b.penalty()).isZero();
        assertThat(b.total()).isEqualTo(1.0);
    }

    @Test
    void unparsableAnswerScoresMinusOneInCodeAndZeroInPaper() {
        RolloutGroup g = group("q", 1, new double[]{-1, 1}, new int[]{0, 0});
        assertThat(CODE.score(g).breakdowns().get(0).correctness()).isEqualTo(-1.0);
        assertThat(PAPER.score(g).breakdowns().get(0).correctness()).isEqualTo(0.0);
    }

    @Test
    void correctAnswerRightAfterAFailedCallIsZeroedInCodeProfileOnly() {
        RolloutGroup base = group("q", 1, new double[]{1, 1, 0}, new int[]{2, 0, 0});
        List<Rollout> rs = new ArrayList<>(base.rollouts());
        rs.set(0, failedLast(rs.get(0)));
        RolloutGroup g = new RolloutGroup("q", 1, rs);

        RewardBreakdown code = CODE.score(g).breakdowns().get(0);
        assertThat(code.correctness()).isZero();
        assertThat(code.zeroedAfterFailedCall()).isTrue();
        assertThat(code.flagFromOtherRollout()).isFalse();
        RewardBreakdown paper = PAPER.score(g).breakdowns().get(0);
        assertThat(paper.correctness()).isEqualTo(1.0);
        assertThat(paper.zeroedAfterFailedCall()).isFalse();
    }

    @Test
    void codeProfileReadsTheFailedCallFlagAtTheInGroupIndexOfTheBatch() {
        RolloutGroup first = group("a", 1, new double[]{0, 0, 0}, new int[]{0, 0, 2});
        List<Rollout> firstRs = new ArrayList<>(first.rollouts());
        firstRs.set(2, failedLast(firstRs.get(2)));
        RolloutGroup second = group("b", 1, new double[]{1, 1, 1}, new int[]{1, 0, 0});
        List<Rollout> secondRs = new ArrayList<>(second.rollouts());
        secondRs.set(0, failedLast(secondRs.get(0)));
        List<RolloutGroup> batch = List.of(new RolloutGroup("a", 1, firstRs), new RolloutGroup("b", 1, secondRs));

        List<RewardBreakdown> buggy = CODE.score(batch).get(1).breakdowns();
        // its own flag is ignored (rollout 0 of the batch has none) …
        assertThat(buggy.get(0).correctness()).isEqualTo(1.0);
        // … and rollout 2 is zeroed for the first group's rollout 2
        assertThat(buggy.get(2).correctness()).isZero();
        assertThat(buggy.get(2).flagFromOtherRollout()).isTrue();

        var fixedParameters = RewardParameters.REFERENCE_CODE.withZeroCorrectAfterFailedCall(true, false);
        List<RewardBreakdown> fixed = new CuriosityReward(fixedParameters).score(batch).get(1).breakdowns();
        assertThat(fixed.get(0).correctness()).isZero();
        assertThat(fixed.get(2).correctness()).isEqualTo(1.0);
    }

    @Test
    void advantageIsRewardMinusGroupMeanAndSumsToZero() {
        GroupReward g = CODE.score(twoToolUsersOfEight());
        double mean = g.breakdowns().stream().mapToDouble(RewardBreakdown::total).average().orElseThrow();
        assertThat(g.meanReward()).isCloseTo(mean, within(1e-12));
        for (RewardBreakdown b : g.breakdowns()) {
            assertThat(b.advantage()).isCloseTo(b.total() - mean, within(1e-12));
        }
        assertThat(g.breakdowns().stream().mapToDouble(RewardBreakdown::advantage).sum()).isCloseTo(0, within(1e-12));
    }

    @Test
    void stdNormalisationDividesBySampleStandardDeviation() {
        RolloutGroup g = group("q", 1, new double[]{1, 0, 0, 0}, new int[]{0, 0, 0, 0});
        var normalised = new CuriosityReward(RewardParameters.REFERENCE_CODE.withNormalizeAdvantageByStd(true));
        // rewards 1,0,0,0: mean 0.25, sample std sqrt(0.75/3) = 0.5
        assertThat(normalised.score(g).breakdowns().get(0).advantage()).isCloseTo(1.5, within(1e-6));
        assertThat(CODE.score(g).breakdowns().get(0).advantage()).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void whatIfChangingThresholdChangesOnlyCuriosity() {
        RolloutGroup g = group("q", 1, new double[]{1, 0, 1, 0, 1, 0, 1, 0}, new int[]{3, 1, 0, 0, 0, 0, 0, 0});
        GroupReward before = CODE.score(g);
        GroupReward after = new CuriosityReward(RewardParameters.REFERENCE_CODE.withCuriosityThreshold(0.5)).score(g);
        for (int i = 0; i < 8; i++) {
            RewardBreakdown b = before.breakdowns().get(i);
            RewardBreakdown a = after.breakdowns().get(i);
            assertThat(a.correctness()).isEqualTo(b.correctness());
            assertThat(a.penalty()).isEqualTo(b.penalty());
            assertThat(a.total() - a.curiosity()).isCloseTo(b.total() - b.curiosity(), within(1e-12));
        }
        // 0.25 / 2 / 0.25 · 0.25 = 0.125 instead of 0.025
        assertThat(after.breakdowns().get(0).curiosity()).isCloseTo(0.125, within(1e-12));
        assertThat(after.breakdowns().get(0).advantage()).isNotEqualTo(before.breakdowns().get(0).advantage());
    }

    @Test
    void whatIfRaisingTheBudgetRemovesThePenaltyInPaperProfile() {
        RolloutGroup g = group("q", 1, new double[]{1, 0}, new int[]{3, 0});
        var budgetThree = new CuriosityReward(RewardParameters.PAPER.withOperationBudget(3));
        assertThat(budgetThree.score(g).breakdowns().get(0).penalty()).isZero();
        var budgetFive = new CuriosityReward(RewardParameters.PAPER.withOperationBudget(5));
        assertThat(budgetFive.score(g).breakdowns().get(0).penalty()).isZero();
    }
}
