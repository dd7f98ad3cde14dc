package io.pixelstudio.trace.eval.stats;

import java.util.Objects;

/**
 * The score of a set of items with its uncertainty: {@code n} items (distinct qids), the mean of
 * their scores, and a bootstrap interval for that mean.
 *
 * @param label what was summarised: a benchmark id, {@code benchmark/category}, or an average's name
 */
public record ScoreSummary(String label, int n, double mean, ConfidenceInterval interval) {

    public ScoreSummary {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(interval, "interval");
        if (n < 1) {
            throw new IllegalArgumentException("a summary needs at least one item: " + label);
        }
    }
}
