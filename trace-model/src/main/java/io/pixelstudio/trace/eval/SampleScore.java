package io.pixelstudio.trace.eval;

import java.util.Objects;

/**
 * The score of one prediction: the extracted answer and its value under the benchmark's metric
 * (1/0 for accuracy metrics, the ANLS similarity for InfographicsVQA).
 *
 * @param extracted the answer the scorer read from the response, empty when none could be read
 * @param score     in [0, 1]
 * @param correct   for accuracy metrics the match; for ANLS, score ≥ 0.5
 */
public record SampleScore(String qid, Benchmark benchmark, String category, String extracted, double score,
                          boolean correct) {

    public SampleScore {
        Objects.requireNonNull(qid, "qid");
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(extracted, "extracted");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in [0, 1]: " + score);
        }
    }
}
