package io.pixelstudio.trace.eval.metric;

import io.pixelstudio.trace.eval.Prediction;
import io.pixelstudio.trace.eval.SampleScore;

/**
 * Scores one prediction under one benchmark's metric. Implementations are stateless and
 * thread-safe, so a run of 100,000 predictions can be scored in parallel.
 */
public interface BenchmarkScorer {

    /** The score of one prediction; never throws for odd model output (it scores 0). */
    SampleScore score(Prediction prediction);

    /** Whether scores are right/wrong or graded. */
    MetricKind kind();

    /** Short name shown next to the number, e.g. {@code accuracy}, {@code ANLS}. */
    String metricName();
}
