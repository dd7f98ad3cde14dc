package io.pixelstudio.trace.eval.stats;

/**
 * A two-sided confidence interval; {@code level} is e.g. 0.95. Percentile bootstrap intervals need
 * not be symmetric about the estimate.
 */
public record ConfidenceInterval(double low, double high, double level) {

    public ConfidenceInterval {
        if (!(low <= high)) {
            throw new IllegalArgumentException("low " + low + " > high " + high);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1): " + level);
        }
    }

    /** Whether the value lies in the closed interval. */
    public boolean contains(double value) {
        return value >= low && value <= high;
    }

    public double width() {
        return high - low;
    }
}
