package io.pixelstudio.trace.eval.metric;

import io.pixelstudio.trace.eval.AnswerExtractor;
import io.pixelstudio.trace.eval.Benchmark;
import io.pixelstudio.trace.eval.Prediction;
import io.pixelstudio.trace.eval.SampleScore;

import java.util.Objects;

/**
 * InfographicsVQA scored with ANLS, the metric the benchmark defines and the Pixel Reasoner paper
 * reports (not the reference code's exact-match {@code pass1}). The prediction is the extracted
 * answer (last {@code \boxed{}}), not the whole transcript.
 */
public final class AnlsScorer implements BenchmarkScorer {

    private final AnswerExtractor extractor;
    private final Anls anls;

    public AnlsScorer(AnswerExtractor extractor, Anls anls) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.anls = Objects.requireNonNull(anls, "anls");
    }

    @Override
    public SampleScore score(Prediction prediction) {
        String answer = extractor.extract(prediction.response()).answer();
        double score = anls.score(prediction.groundTruths(), answer);
        return new SampleScore(prediction.qid(), Benchmark.INFOVQA, prediction.category(), answer, score,
                score >= Anls.THRESHOLD);
    }

    @Override
    public MetricKind kind() {
        return MetricKind.SIMILARITY;
    }

    @Override
    public String metricName() {
        return "ANLS";
    }
}
