package io.pixelstudio.trace.eval.stats;

import io.pixelstudio.trace.eval.Benchmark;
import io.pixelstudio.trace.eval.SampleScore;
import io.pixelstudio.trace.eval.metric.MetricKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PairedComparatorTest {

    private final PairedComparator comparator = new PairedComparator(Bootstrap.DEFAULT);

    private static SampleScore s(String qid, double score) {
        return new SampleScore(qid, Benchmark.VSTAR, "", "", score, score >= 0.5);
    }

    @Test
    void countsFlipsOnCommonQidsAndReportsTheRest() {
        List<SampleScore> a = new ArrayList<>();
        List<SampleScore> b = new ArrayList<>();
        // 2 right->wrong, 10 wrong->right, 5 both right, 3 neither
        int q = 0;
        for (int i = 0; i < 2; i++, q++) { a.add(s("q" + q, 1)); b.add(s("q" + q, 0)); }
        for (int i = 0; i < 10; i++, q++) { a.add(s("q" + q, 0)); b.add(s("q" + q, 1)); }
        for (int i = 0; i < 5; i++, q++) { a.add(s("q" + q, 1)); b.add(s("q" + q, 1)); }
        for (int i = 0; i < 3; i++, q++) { a.add(s("q" + q, 0)); b.add(s("q" + q, 0)); }
        a.add(s("onlyA", 1));
        b.add(s("onlyB2", 0));
        b.add(s("onlyB1", 0));
        PairedComparison c = comparator.compare(a, b, MetricKind.ACCURACY);
        assertThat(c.common()).isEqualTo(20);
        assertThat(c.rightToWrong()).isEqualTo(2);
        assertThat(c.wrongToRight()).isEqualTo(10);
        assertThat(c.bothRight()).isEqualTo(5);
        assertThat(c.neither()).isEqualTo(3);
        assertThat(c.meanA()).isCloseTo(7.0 / 20, within(1e-12));
        assertThat(c.meanB()).isCloseTo(15.0 / 20, within(1e-12));
        assertThat(c.delta()).isCloseTo(0.4, within(1e-12));
        assertThat(c.mcnemarP()).hasValueCloseTo(158.0 / 4096, within(1e-15));
        assertThat(c.interval().contains(c.delta())).isTrue();
        assertThat(c.interval().low()).isGreaterThan(0);
        assertThat(c.onlyInA()).containsExactly("onlyA");
        assertThat(c.onlyInB()).containsExactly("onlyB1", "onlyB2");
    }

    @Test
    void gradedMetricsGetOnlyThePairedBootstrap() {
        List<SampleScore> a = List.of(s("1", 0.6), s("2", 0.0), s("3", 1.0));
        List<SampleScore> b = List.of(s("1", 0.8), s("2", 0.7), s("3", 1.0));
        PairedComparison c = comparator.compare(a, b, MetricKind.SIMILARITY);
        assertThat(c.mcnemarP()).isEmpty();
        assertThat(c.delta()).isCloseTo((0.2 + 0.7) / 3, within(1e-12));
        assertThat(c.wrongToRight()).isEqualTo(1);
    }

    @Test
    void identicalRunsHaveZeroDeltaAndPOne() {
        List<SampleScore> a = List.of(s("1", 1), s("2", 0));
        PairedComparison c = comparator.compare(a, a, MetricKind.ACCURACY);
        assertThat(c.delta()).isZero();
        assertThat(c.interval().low()).isZero();
        assertThat(c.mcnemarP()).hasValue(1.0);
    }

    @Test
    void duplicateQidsOrNoOverlapAreClearErrors() {
        assertThatThrownBy(() -> comparator.compare(List.of(s("1", 1), s("1", 0)), List.of(s("1", 1)), MetricKind.ACCURACY))
                .hasMessageContaining("run A scores qid '1' more than once");
        assertThatThrownBy(() -> comparator.compare(List.of(s("1", 1)), List.of(s("2", 1)), MetricKind.ACCURACY))
                .hasMessageContaining("share no qid");
    }
}
