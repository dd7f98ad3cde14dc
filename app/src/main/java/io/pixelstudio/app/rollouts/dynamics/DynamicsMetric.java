package io.pixelstudio.app.rollouts.dynamics;

import io.pixelstudio.trace.rollout.stats.StepStats;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * One per-step number of {@link StepStats} that the dynamics pane draws, with the chart it belongs
 * to and its TSV column name. One list drives the charts, the readout, the table and the TSV, so
 * they cannot disagree about which numbers exist.
 */
public enum DynamicsMetric {
    RAPR("rapr", "raprMean", DynamicsChart.RAPR, StepStats::raprMean),
    ACCURACY("accuracy", "accuracy", DynamicsChart.ACCURACY, StepStats::accuracy),
    UNIFORM_SHARE("uniform", "uniformShare", DynamicsChart.ACCURACY, StepStats::uniformShare),
    OPERATIONS("operations", "meanToolCalls", DynamicsChart.OPERATIONS, StepStats::meanToolCalls),
    CORRECTNESS("correctness", "meanCorrectness", DynamicsChart.REWARD, StepStats::meanCorrectness),
    CURIOSITY("curiosity", "meanCuriosity", DynamicsChart.REWARD, StepStats::meanCuriosity),
    PENALTY("penalty", "meanPenalty", DynamicsChart.REWARD, StepStats::meanPenalty),
    REWARD("reward", "meanReward", DynamicsChart.REWARD, StepStats::meanReward);

    private final String key;
    private final String column;
    private final DynamicsChart chart;
    private final ToDoubleFunction<StepStats> value;

    DynamicsMetric(String key, String column, DynamicsChart chart, ToDoubleFunction<StepStats> value) {
        this.key = key;
        this.column = column;
        this.chart = chart;
        this.value = value;
    }

    /** Message key (under {@code rollouts.dynamics.metric.}) of the metric's name. */
    public String key() {
        return key;
    }

    /** Column name in the TSV: the {@link StepStats} component name, so scripts can match it. */
    public String column() {
        return column;
    }

    /** The chart that draws this metric. */
    public DynamicsChart chart() {
        return chart;
    }

    /** The metric's value at one step. */
    public double of(StepStats stats) {
        return value.applyAsDouble(stats);
    }

    /** The metrics drawn in {@code chart}, in legend order. */
    public static List<DynamicsMetric> in(DynamicsChart chart) {
        return Arrays.stream(values()).filter(m -> m.chart == chart).toList();
    }
}
