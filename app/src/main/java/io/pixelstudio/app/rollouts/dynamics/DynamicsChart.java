package io.pixelstudio.app.rollouts.dynamics;

/**
 * The charts of the dynamics pane. Metrics that share a scale share a chart (accuracy and the
 * uniform share are both fractions of the step); RaPR has its own so the threshold H reads clearly.
 */
public enum DynamicsChart {
    RAPR("rapr"),
    ACCURACY("accuracy"),
    OPERATIONS("operations"),
    REWARD("reward");

    private final String key;

    DynamicsChart(String key) {
        this.key = key;
    }

    /** Message key (under {@code rollouts.dynamics.chart.}) of the chart's title. */
    public String key() {
        return key;
    }
}
