package io.pixelstudio.trace.eval.metric;

import io.pixelstudio.trace.eval.Benchmark;
import io.pixelstudio.trace.eval.Prediction;
import io.pixelstudio.trace.eval.SampleScore;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScorersTest {

    private static final String VSTAR_Q = "What is the color of the umbrella?\n(A) red\n(B) blue\n(C) green\n(D) black";

    private final BenchmarkScorers paper = BenchmarkScorers.benchmarkMetrics();
    private final BenchmarkScorers reference = BenchmarkScorers.referenceCode();

    private static Prediction p(Benchmark b, String category, String question, List<String> gts, String response) {
        return new Prediction(b.id() + "-1", b, category, question, gts, response, Optional.empty());
    }

    private SampleScore paper(Prediction p) {
        return paper.forBenchmark(p.benchmark()).score(p);
    }

    @Test
    void vstarAcceptsTheLetterInAnyFormOrTheOptionText() {
        for (String answer : List.of("\\boxed{B}", "\\boxed{(B)}", "\\boxed{b. blue}", "\\boxed{Blue}", "\\boxed{\\text{B}}")) {
            SampleScore s = paper(p(Benchmark.VSTAR, "attribute", VSTAR_Q, List.of("B"), "zoom... " + answer));
            assertThat(s.correct()).as(answer).isTrue();
            assertThat(s.category()).isEqualTo("attribute");
        }
        assertThat(paper(p(Benchmark.VSTAR, "spatial", VSTAR_Q, List.of("(B) blue"), "\\boxed{A}")).score()).isZero();
        assertThat(paper(p(Benchmark.VSTAR, "spatial", VSTAR_Q, List.of("blue"), "\\boxed{(B)}")).correct()).isTrue();
    }

    @Test
    void mvbenchUsesTheLastBoxedAnswer() {
        String q = "Which action happens first?\nOptions:\n(A) open door\n(B) sit down";
        assertThat(paper(p(Benchmark.MVBENCH, "action_sequence", q, List.of("(A) open door"),
                "\\boxed{B} hmm, no \\boxed{A}")).correct()).isTrue();
    }

    @Test
    void tallyCountsMatchInDigitsOrWords() {
        assertThat(paper(p(Benchmark.TALLYQA, "", "How many dogs?", List.of("3"), "\\boxed{three}")).correct()).isTrue();
        assertThat(paper(p(Benchmark.TALLYQA, "", "How many dogs?", List.of("3"), "\\boxed{3 dogs}")).correct()).isTrue();
        assertThat(paper(p(Benchmark.TALLYQA, "", "How many dogs?", List.of("3"), "\\boxed{2 or 3}")).correct()).isFalse();
        assertThat(paper(p(Benchmark.TALLYQA, "", "How many dogs?", List.of("12"), "\\boxed{twelve}")).extracted()).isEqualTo("12");
    }

    @Test
    void infovqaIsGradedByAnlsOfTheBoxedAnswer() {
        SampleScore s = paper(p(Benchmark.INFOVQA, "", "q", List.of("new york", "nyc"), "... \\boxed{New Yrk}"));
        assertThat(s.score()).isCloseTo(1 - 1.0 / 8, within(1e-12));
        assertThat(s.correct()).isTrue();
        assertThat(paper.forBenchmark(Benchmark.INFOVQA).kind()).isEqualTo(MetricKind.SIMILARITY);
    }

    @Test
    void referenceProfileGivesPartialCreditNothingWhereAnlsDoes() {
        Prediction p = p(Benchmark.INFOVQA, "", "q", List.of("new york"), "\\boxed{New Yrk}");
        assertThat(reference.forBenchmark(Benchmark.INFOVQA).score(p).score()).isZero();
        assertThat(reference.forBenchmark(Benchmark.INFOVQA).kind()).isEqualTo(MetricKind.ACCURACY);
    }

    @Test
    void referenceProfileReadsTheLowercasedTranscriptAfterTheLastBoxed() {
        BenchmarkScorer ref = reference.forBenchmark(Benchmark.VSTAR);
        assertThat(ref.score(p(Benchmark.VSTAR, "", VSTAR_Q, List.of("B"), "\\boxed{A} no: \\boxed{b}")).correct()).isTrue();
        assertThat(ref.score(p(Benchmark.VSTAR, "", VSTAR_Q, List.of("B"), "\\boxed{b} no: \\boxed{a}")).correct()).isFalse();
    }

    @Test
    void referenceProfileAcceptsAPercentTruthWithoutPercent() {
        BenchmarkScorer ref = reference.forBenchmark(Benchmark.INFOVQA);
        assertThat(ref.score(p(Benchmark.INFOVQA, "", "q", List.of("45%"), "\\boxed{45}")).correct()).isTrue();
        assertThat(ref.score(p(Benchmark.INFOVQA, "", "q", List.of("45"), "\\boxed{45%}")).correct()).isFalse();
    }

    @Test
    void referenceProfileDropsCmAndMinutesAndTextEverywhere() {
        BenchmarkScorer ref = reference.forBenchmark(Benchmark.INFOVQA);
        assertThat(ref.score(p(Benchmark.INFOVQA, "", "q", List.of("12 cm"), "\\boxed{12}")).correct()).isTrue();
        assertThat(ref.score(p(Benchmark.INFOVQA, "", "q", List.of("30"), "\\boxed{30 minutes}")).correct()).isTrue();
        assertThat(ref.score(p(Benchmark.INFOVQA, "", "q", List.of("1/2"), "\\boxed{\\dfrac{1}{2}}")).correct()).isTrue();
    }

    @Test
    void referenceMultiSpanRuleSlicesSevenCharactersOffTheTruthAsTheSourceDoes() {
        ReferenceAccuracyScorer ref = (ReferenceAccuracyScorer) reference.forBenchmark(Benchmark.INFOVQA);
        // ans[7:-1] of "troubles, the siege of krishnapur" is "s, the siege of krishnapu"
        assertThat(ref.multiSpan("\\boxed{the siege of krishnapur, troubles}", "troubles, the siege of krishnapur")).isTrue();
        assertThat(ref.multiSpan("\\boxed{the siege of krishnapur}", "troubles, the siege of krishnapur")).isTrue();
        assertThat(ref.multiSpan("\\boxed{troubles}", "troubles, the siege of krishnapur")).isFalse();
        // a truth with a comma shorter than 8 characters leaves one empty piece: any boxed answer passes
        assertThat(ref.score(p(Benchmark.INFOVQA, "", "q", List.of("1,2"), "\\boxed{7}")).correct()).isTrue();
        assertThat(ref.score(p(Benchmark.INFOVQA, "", "q", List.of("1,2"), "no box")).correct()).isFalse();
    }

    @Test
    void everyBenchmarkHasAScorerInEachProfile() {
        for (Benchmark b : Benchmark.values()) {
            assertThat(paper.forBenchmark(b)).isNotNull();
            assertThat(reference.forBenchmark(b)).isInstanceOf(ReferenceAccuracyScorer.class);
        }
    }
}
