package io.pixelstudio.trace.rollout.stats;

import io.pixelstudio.trace.rollout.RolloutGroup;
import io.pixelstudio.trace.rollout.reward.RewardParameters;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.pixelstudio.trace.rollout.RolloutFixtures.group;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StepStatsCalculatorTest {

    @Test
    void aggregatesEachStepFromItsGroups() {
        List<RolloutGroup> groups = List.of(
                group("a", 2, new double[]{1, 0, 0, 0}, new int[]{0, 0, 0, 0}),
                group("b", 2, new double[]{1, 1, 1, 1}, new int[]{0, 0, 0, 0}),
                group("a", 1, new double[]{1, 0, 1, -1}, new int[]{1, 0, 0, 0}));

        List<StepStats> stats = new StepStatsCalculator(RewardParameters.REFERENCE_CODE).compute(groups);

        assertThat(stats).extracting(StepStats::step).containsExactly(1, 2);
        StepStats one = stats.get(0);
        assertThat(one.groups()).isEqualTo(1);
        assertThat(one.rollouts()).isEqualTo(4);
        assertThat(one.raprMean()).isEqualTo(0.25);
        assertThat(one.accuracy()).isEqualTo(0.5);
        assertThat(one.meanToolCalls()).isEqualTo(0.25);
        // correctness 1, 0, 1, −1; curiosity 0.025 for the one tool user
        assertThat(one.meanCorrectness()).isCloseTo(0.25, within(1e-12));
        assertThat(one.meanCuriosity()).isCloseTo(0.025 / 4, within(1e-12));
        assertThat(one.meanPenalty()).isZero();
        assertThat(one.meanReward()).isCloseTo(0.25 + 0.025 / 4, within(1e-12));
        assertThat(one.uniformShare()).isZero();

        StepStats two = stats.get(1);
        assertThat(two.groups()).isEqualTo(2);
        assertThat(two.rollouts()).isEqualTo(8);
        assertThat(two.accuracy()).isEqualTo(5 / 8.0);
        assertThat(two.uniformShare()).isEqualTo(0.5);
    }
}
