package io.pixelstudio.trace.eval.stats;

import io.pixelstudio.trace.eval.metric.MetricKind;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Run B against run A on the items both answered, sample by sample: the change in mean score with a
 * paired bootstrap interval, the exact McNemar p-value for right/wrong metrics, how many items
 * flipped each way, and the qids only one run has (never silently dropped).
 *
 * @param common      number of qids both runs scored (the paired sample)
 * @param meanA       run A's mean over the common qids
 * @param meanB       run B's mean over the common qids
 * @param delta       meanB − meanA
 * @param interval    paired bootstrap interval of delta (resampling common qids)
 * @param mcnemarP    exact McNemar p-value; empty for graded metrics (ANLS)
 * @param rightToWrong items A got right and B wrong ({@code correct} flags)
 * @param wrongToRight items A got wrong and B right
 * @param bothRight   items both got right
 * @param neither     items both got wrong
 * @param onlyInA     qids only run A scored, sorted
 * @param onlyInB     qids only run B scored, sorted
 */
public record PairedComparison(MetricKind kind, int common, double meanA, double meanB, double delta,
                               ConfidenceInterval interval, OptionalDouble mcnemarP, int rightToWrong,
                               int wrongToRight, int bothRight, int neither, List<String> onlyInA,
                               List<String> onlyInB) {

    public PairedComparison {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(mcnemarP, "mcnemarP");
        onlyInA = List.copyOf(onlyInA);
        onlyInB = List.copyOf(onlyInB);
    }
}
