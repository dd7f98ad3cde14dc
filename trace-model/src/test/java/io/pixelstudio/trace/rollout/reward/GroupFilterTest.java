package io.pixelstudio.trace.rollout.reward;

import io.pixelstudio.trace.rollout.RolloutGroup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.pixelstudio.trace.rollout.RolloutFixtures.group;
import static org.assertj.core.api.Assertions.assertThat;

class GroupFilterTest {

    private final CuriosityReward reward = CuriosityReward.of(RewardProfile.REFERENCE_CODE);
    private final GroupFilter filter = new GroupFilter(RewardParameters.REFERENCE_CODE);

    @Test
    void allCorrectWithoutToolsIsUniformAndDropped() {
        GroupReward uniform = reward.score(group("u", 1, new double[]{1, 1, 1, 1}, new int[]{0, 0, 0, 0}));
        GroupReward mixed = reward.score(group("m", 1, new double[]{1, 0, 1, 1}, new int[]{0, 0, 0, 0}));
        assertThat(filter.isUniform(uniform)).isTrue();
        assertThat(filter.isUniform(mixed)).isFalse();
        assertThat(filter.kept(List.of(uniform, mixed))).containsExactly(mixed);
        assertThat(filter.uniformShare(List.of(uniform, mixed))).isEqualTo(0.5);
    }

    @Test
    void smallPenaltyDifferencesStillCountAsUniform() {
        // all correct, all but one pay −0.05 for a second call (RaPR ≥ H, no curiosity):
        // 8 rollouts: deviation 2·(0.05·1/8·7)/8 ≈ 0.0109 → kept; 16 rollouts: ≈ 0.0059 → dropped
        RolloutGroup eight = group("e", 1, new double[]{1, 1, 1, 1, 1, 1, 1, 1}, new int[]{2, 2, 2, 2, 2, 2, 2, 0});
        double[] ones = new double[16];
        int[] calls = new int[16];
        java.util.Arrays.fill(ones, 1);
        java.util.Arrays.fill(calls, 0, 15, 2);
        RolloutGroup sixteen = group("s", 1, ones, calls);
        GroupReward e = reward.score(eight);
        GroupReward s = reward.score(sixteen);
        assertThat(e.meanDeviation()).isGreaterThan(0.01);
        assertThat(filter.isUniform(e)).isFalse();
        assertThat(s.meanDeviation()).isLessThan(0.01);
        assertThat(filter.isUniform(s)).isTrue();
    }

    @Test
    void noGroupsMeansNoUniformShare() {
        assertThat(filter.uniformShare(List.of())).isZero();
    }
}
