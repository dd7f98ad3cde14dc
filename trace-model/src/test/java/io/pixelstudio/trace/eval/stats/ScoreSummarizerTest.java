package io.pixelstudio.trace.eval.stats;

import io.pixelstudio.trace.eval.Benchmark;
import io.pixelstudio.trace.eval.SampleScore;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScoreSummarizerTest {

    private static SampleScore s(String qid, Benchmark b, String category, double score) {
        return new SampleScore(qid, b, category, "", score, score >= 0.5);
    }

    @Test
    void summarisesPerBenchmarkPerCategoryMacroAndPooled() {
        List<SampleScore> scores = List.of(
                s("vstar-1", Benchmark.VSTAR, "attribute", 1), s("vstar-2", Benchmark.VSTAR, "attribute", 0),
                s("vstar-3", Benchmark.VSTAR, "spatial", 1), s("vstar-4", Benchmark.VSTAR, "spatial", 1),
                s("infovqa-1", Benchmark.INFOVQA, "", 0.5), s("infovqa-2", Benchmark.INFOVQA, "", 0.0));
        ScoreReport report = new ScoreSummarizer(Bootstrap.DEFAULT).summarize(scores);
        ScoreReport.BenchmarkSummary vstar = report.benchmark(Benchmark.VSTAR).orElseThrow();
        assertThat(vstar.overall().mean()).isEqualTo(0.75);
        assertThat(vstar.overall().n()).isEqualTo(4);
        assertThat(vstar.categories()).extracting(ScoreSummary::label).containsExactly("vstar/attribute", "vstar/spatial");
        assertThat(vstar.categories()).extracting(ScoreSummary::mean).containsExactly(0.5, 1.0);
        assertThat(report.benchmark(Benchmark.INFOVQA).orElseThrow().categories()).isEmpty();
        assertThat(report.macroAverage().mean()).isCloseTo((0.75 + 0.25) / 2, within(1e-12));
        assertThat(report.pooled().mean()).isCloseTo(3.5 / 6, within(1e-12));
        assertThat(report.macroAverage().interval().contains(report.macroAverage().mean())).isTrue();
    }

    @Test
    void severalSamplesOfOneQidAreAveragedIntoOneItem() {
        List<SampleScore> scores = List.of(s("tallyqa-1", Benchmark.TALLYQA, "", 1), s("tallyqa-1", Benchmark.TALLYQA, "", 0),
                s("tallyqa-2", Benchmark.TALLYQA, "", 1));
        ScoreSummary t = new ScoreSummarizer(Bootstrap.DEFAULT).summarize(scores).benchmark(Benchmark.TALLYQA).orElseThrow().overall();
        assertThat(t.n()).isEqualTo(2);
        assertThat(t.mean()).isEqualTo(0.75);
    }

    @Test
    void resultDoesNotDependOnInputOrder() {
        Random r = new Random(11);
        List<SampleScore> scores = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            scores.add(s("mvbench-" + i, Benchmark.MVBENCH, "task" + (i % 3), r.nextBoolean() ? 1 : 0));
        }
        List<SampleScore> shuffled = new ArrayList<>(scores);
        Collections.shuffle(shuffled, new Random(12));
        ScoreSummarizer summarizer = new ScoreSummarizer(Bootstrap.DEFAULT);
        assertThat(summarizer.summarize(shuffled)).isEqualTo(summarizer.summarize(scores));
    }

    @Test
    void aSingleBenchmarksMacroAndPooledEqualAFreshComputation() {
        List<SampleScore> scores = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            scores.add(s("infovqa-" + i, Benchmark.INFOVQA, "", (i % 7) / 6.0));
        }
        ScoreReport report = new ScoreSummarizer(Bootstrap.DEFAULT).summarize(scores);
        double[] values = scores.stream().sorted(java.util.Comparator.comparing(SampleScore::qid))
                .mapToDouble(SampleScore::score).toArray();
        assertThat(report.macroAverage().interval()).isEqualTo(Bootstrap.DEFAULT.meanOfMeansInterval(List.of(values)));
        assertThat(report.pooled().interval()).isEqualTo(Bootstrap.DEFAULT.meanInterval(values));
    }
}
