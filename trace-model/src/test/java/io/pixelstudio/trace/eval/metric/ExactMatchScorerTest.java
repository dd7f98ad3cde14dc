package io.pixelstudio.trace.eval.metric;

import io.pixelstudio.trace.eval.Benchmark;
import io.pixelstudio.trace.eval.Prediction;
import io.pixelstudio.trace.eval.SampleScore;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ExactMatchScorerTest {

    private final BenchmarkScorer scorer = BenchmarkScorers.benchmarkMetrics().forBenchmark(Benchmark.PROBES);

    private static Prediction probe(String response, String answer) {
        return new Prediction("probes-00003", Benchmark.PROBES, "letter", "Which letter is in the white box?",
                List.of(answer), response, Optional.empty());
    }

    @Test
    void theLastBoxedAnswerMatchesAfterTrimmingAndCaseFolding() {
        SampleScore score = scorer.score(probe("I zoom.\n<tool_call>…</tool_call>\nThe crop shows it. \\boxed{ k }", "K"));

        assertThat(score.correct()).isTrue();
        assertThat(score.score()).isEqualTo(1.0);
        assertThat(score.extracted()).isEqualTo("k");
        assertThat(score.benchmark()).isEqualTo(Benchmark.PROBES);
        assertThat(score.category()).isEqualTo("letter");
    }

    @Test
    void aNearMissOrAnEarlierBoxedAnswerIsWrong() {
        assertThat(scorer.score(probe("\\boxed{R}", "K")).correct()).isFalse();
        assertThat(scorer.score(probe("\\boxed{K} no, \\boxed{X}", "K")).correct()).isFalse();
        assertThat(scorer.score(probe("\\boxed{red square}", "red")).correct()).isFalse();
        assertThat(scorer.score(probe("\\boxed{}", "K")).score()).isZero();
    }

    @Test
    void innerWhitespaceIsCollapsedButNotRemoved() {
        assertThat(scorer.score(probe("\\boxed{light \n blue}", "Light Blue")).correct()).isTrue();
        assertThat(scorer.score(probe("\\boxed{lightblue}", "light blue")).correct()).isFalse();
    }

    @Test
    void theProbesIdIsKnownCaseInsensitively() {
        assertThat(Benchmark.fromId("Probes")).isEqualTo(Benchmark.PROBES);
        assertThat(scorer.metricName()).isEqualTo("exact match");
    }
}
