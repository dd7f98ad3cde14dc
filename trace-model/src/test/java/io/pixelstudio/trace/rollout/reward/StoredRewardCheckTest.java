package io.pixelstudio.trace.rollout.reward;

import io.pixelstudio.trace.rollout.Rollout;
import io.pixelstudio.trace.rollout.RolloutGroup;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.pixelstudio.trace.rollout.RolloutFixtures.group;
import static io.pixelstudio.trace.rollout.RolloutFixtures.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StoredRewardCheckTest {

    private static List<RolloutGroup> rawBatch() {
        return List.of(
                group("a", 5, new double[]{1, 0, 1, 0, -1, 1, 0, 0}, new int[]{1, 3, 0, 0, 0, 0, 0, 0}),
                group("b", 5, new double[]{1, 1, 0, 0, 1, 0, 1, 1}, new int[]{0, 0, 0, 2, 0, 0, 0, 0}));
    }

    /** The batch with each rollout's stored reward set to what {@code profile} computes (as float32). */
    private static List<RolloutGroup> storedUnder(RewardProfile profile) {
        List<RolloutGroup> raw = rawBatch();
        List<GroupReward> scored = CuriosityReward.of(profile).score(raw);
        List<RolloutGroup> out = new ArrayList<>();
        for (GroupReward g : scored) {
            List<Rollout> rs = g.breakdowns().stream()
                    .map(b -> stored(b.rollout(), (float) b.total()))
                    .toList();
            out.add(new RolloutGroup(g.group().qid(), g.group().step(), rs));
        }
        return out;
    }

    @Test
    void rewardsStoredByTheCodeAgreeWithTheCodeProfile() {
        List<GroupReward> scored = CuriosityReward.of(RewardProfile.REFERENCE_CODE)
                .score(storedUnder(RewardProfile.REFERENCE_CODE));
        assertThat(StoredRewardCheck.disagreements(scored)).isEmpty();
    }

    @Test
    void aTamperedStoredRewardIsReportedWithBothValues() {
        List<RolloutGroup> batch = new ArrayList<>(storedUnder(RewardProfile.REFERENCE_CODE));
        List<Rollout> rs = new ArrayList<>(batch.get(1).rollouts());
        rs.set(3, stored(rs.get(3), 0.5));
        batch.set(1, new RolloutGroup("b", 5, rs));

        List<RewardDisagreement> found = StoredRewardCheck.disagreements(
                CuriosityReward.of(RewardProfile.REFERENCE_CODE).score(batch));
        assertThat(found).hasSize(1);
        RewardDisagreement d = found.get(0);
        assertThat(d.rollout().qid()).isEqualTo("b");
        assertThat(d.rollout().sample()).isEqualTo(3);
        assertThat(d.stored()).isEqualTo(0.5);
        // sole tool user of 8 (RaPR 0.125), wrong, 2 calls: 0.175 / 2 / 0.125 · 0.25 − 0.05 = 0.125
        assertThat(d.recomputed()).isCloseTo(0.125, within(1e-12));
        assertThat(d.difference()).isCloseTo(0.125 - 0.5, within(1e-12));
    }

    @Test
    void bestProfilePicksTheProfileThatGeneratedTheStoredRewards() {
        ProfileMatch code = StoredRewardCheck.bestProfile(storedUnder(RewardProfile.REFERENCE_CODE));
        assertThat(code.profile()).isEqualTo(RewardProfile.REFERENCE_CODE);
        assertThat(code.matched()).isEqualTo(16);
        assertThat(code.share()).isEqualTo(1.0);

        ProfileMatch paper = StoredRewardCheck.bestProfile(storedUnder(RewardProfile.PAPER));
        assertThat(paper.profile()).isEqualTo(RewardProfile.PAPER);
        assertThat(paper.compared()).isEqualTo(16);
    }

    @Test
    void withoutStoredRewardsTheCodeProfileIsTheDefault() {
        ProfileMatch best = StoredRewardCheck.bestProfile(rawBatch());
        assertThat(best.profile()).isEqualTo(RewardProfile.REFERENCE_CODE);
        assertThat(best.compared()).isZero();
        assertThat(best.share()).isZero();
    }
}
