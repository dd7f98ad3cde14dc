package io.pixelstudio.app.rollouts.dynamics;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.trace.rollout.reward.RewardParameters;
import io.pixelstudio.trace.rollout.stats.StepStats;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DynamicsViewModelTest {

    private final DynamicsViewModel model = new DynamicsViewModel(Messages.load());

    static StepStats stats(int step, double rapr) {
        return new StepStats(step, 4, 32, rapr, 0.5 + step / 1000.0, 1.25, 0.61, 0.55, 0.08, -0.02,
                0.25);
    }

    @Test
    void seriesHoldOneValuePerStepInStepOrder() {
        model.show(List.of(stats(30, 0.3), stats(10, 0.1), stats(20, 0.2)), RewardParameters.PAPER);

        assertThat(model.stepAxis()).containsExactly(10, 20, 30);
        assertThat(model.values(DynamicsMetric.RAPR)).containsExactly(0.1, 0.2, 0.3);
        assertThat(model.values(DynamicsMetric.ACCURACY)).containsExactly(0.51, 0.52, 0.53);
        assertThat(model.values(DynamicsMetric.PENALTY)).containsExactly(-0.02, -0.02, -0.02);
        assertThat(model.threshold()).hasValue(0.3);
    }

    @Test
    void thresholdFollowsTheParameters() {
        model.show(List.of(stats(1, 0.4)), RewardParameters.PAPER.withCuriosityThreshold(0.55));
        assertThat(model.threshold()).hasValue(0.55);

        model.show(List.of(stats(1, 0.4)), null);
        assertThat(model.threshold()).isEmpty();
    }

    @Test
    void nullOrEmptyClears() {
        model.show(List.of(stats(1, 0.4)), RewardParameters.PAPER);
        model.hoverAt(1);

        model.show(null, RewardParameters.PAPER);

        assertThat(model.steps()).isEmpty();
        assertThat(model.stepAxis()).isEmpty();
        assertThat(model.threshold()).isEmpty();
        assertThat(model.hoveredIndexProperty().get()).isEqualTo(-1);
        assertThat(model.readoutProperty().get()).isEqualTo("No training steps loaded");
    }

    @Test
    void nearestStepRoundsToTheCloserNeighbourAndClampsAtTheEnds() {
        model.show(List.of(stats(0, 0), stats(10, 0), stats(30, 0)), RewardParameters.PAPER);

        assertThat(model.nearestIndex(-100)).isEqualTo(0);
        assertThat(model.nearestIndex(4.9)).isEqualTo(0);
        assertThat(model.nearestIndex(5)).isEqualTo(0);
        assertThat(model.nearestIndex(5.1)).isEqualTo(1);
        assertThat(model.nearestIndex(21)).isEqualTo(2);
        assertThat(model.nearestIndex(1e9)).isEqualTo(2);
        assertThat(model.nearestIndex(Double.NaN)).isEqualTo(-1);
    }

    @Test
    void hoverReadsOutEveryNumberOfTheNearestStep() {
        model.show(List.of(stats(10, 0.125), stats(20, 0.375)), RewardParameters.PAPER);

        model.hoverAt(18.2);

        assertThat(model.hoveredIndexProperty().get()).isEqualTo(1);
        assertThat(model.readoutProperty().get())
                .startsWith("step 20 (4 groups, 32 rollouts)")
                .contains("RaPR 0.3750", "accuracy 0.5200", "uniform groups 0.2500", "operations 1.2500",
                        "correctness 0.5500", "curiosity 0.0800", "penalty -0.0200", "total reward 0.6100");

        model.hoverAt(Double.NaN);
        assertThat(model.hoveredIndexProperty().get()).isEqualTo(-1);
        assertThat(model.readoutProperty().get()).startsWith("Point at a chart");
    }

    @Test
    void tsvHasTheStepStatsNamesAndFullPrecisionValues() {
        StepStats one = new StepStats(7, 2, 16, 1 / 3.0, 0.5, 1.0, 0.7, 0.6, 0.125, -0.025, 0.0);

        String tsv = DynamicsTsv.of(List.of(one));

        assertThat(tsv.split("\n")).containsExactly(
                "step\tgroups\trollouts\traprMean\taccuracy\tuniformShare\tmeanToolCalls\tmeanCorrectness"
                        + "\tmeanCuriosity\tmeanPenalty\tmeanReward",
                "7\t2\t16\t0.3333333333333333\t0.5\t0.0\t1.0\t0.6\t0.125\t-0.025\t0.7");
    }

    @Test
    void shownNumbersHaveFourDecimalsAndNoNegativeZero() {
        assertThat(DynamicsViewModel.format(-0.00001)).isEqualTo("0.0000");
        assertThat(DynamicsViewModel.format(-0.0)).isEqualTo("0.0000");
        assertThat(DynamicsViewModel.format(-0.00005)).isEqualTo("-0.0001");
        assertThat(DynamicsViewModel.format(0.30000000000000004)).isEqualTo("0.3000");
    }
}
