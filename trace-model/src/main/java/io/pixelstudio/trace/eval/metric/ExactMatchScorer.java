package io.pixelstudio.trace.eval.metric;

import io.pixelstudio.trace.eval.AnswerExtractor;
import io.pixelstudio.trace.eval.Benchmark;
import io.pixelstudio.trace.eval.Prediction;
import io.pixelstudio.trace.eval.SampleScore;
import io.pixelstudio.trace.eval.WhitespaceCollapser;

import java.util.Locale;
import java.util.Objects;

/**
 * Exact match of the extracted answer (last {@code \boxed{}}) against any ground truth, after
 * trimming, collapsing inner whitespace and case folding. Why so strict: the probes' answers are
 * closed words ({@code 7}, {@code K}, {@code red}, {@code circle}), so anything looser (ANLS, a number
 * reader) would count near misses such as {@code R} for {@code K} as partly right.
 */
public final class ExactMatchScorer implements BenchmarkScorer {

    private final Benchmark benchmark;
    private final AnswerExtractor extractor;

    public ExactMatchScorer(Benchmark benchmark, AnswerExtractor extractor) {
        this.benchmark = Objects.requireNonNull(benchmark, "benchmark");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    @Override
    public SampleScore score(Prediction prediction) {
        String answer = normalise(extractor.extract(prediction.response()).answer());
        boolean correct = !answer.isEmpty()
                && prediction.groundTruths().stream().map(ExactMatchScorer::normalise).anyMatch(answer::equals);
        return new SampleScore(prediction.qid(), benchmark, prediction.category(), answer, correct ? 1.0 : 0.0,
                correct);
    }

    /** Trimmed, inner whitespace collapsed to one space, lower case (root locale). */
    static String normalise(String text) {
        return WhitespaceCollapser.collapse(text).strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public MetricKind kind() {
        return MetricKind.ACCURACY;
    }

    @Override
    public String metricName() {
        return "exact match";
    }
}
