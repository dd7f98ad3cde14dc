package io.pixelstudio.trace.eval.metric;

/**
 * What a score means, which decides the statistics that apply: a paired McNemar test needs
 * right/wrong outcomes, a graded similarity only allows the paired bootstrap.
 */
public enum MetricKind {
    /** Scores are 1 (right) or 0 (wrong). */
    ACCURACY,
    /** Scores are graded similarities in [0, 1] (ANLS); {@code correct} means score ≥ 0.5. */
    SIMILARITY
}
