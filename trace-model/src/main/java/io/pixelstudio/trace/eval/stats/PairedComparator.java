package io.pixelstudio.trace.eval.stats;

import io.pixelstudio.trace.eval.SampleScore;
import io.pixelstudio.trace.eval.metric.MetricKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Compares two runs of the same benchmark sample by sample (see {@link PairedComparison}). Pairing
 * removes the between-question variance that makes two independent intervals overlap even when one
 * checkpoint is consistently better. Each run must score a qid at most once.
 */
public final class PairedComparator {

    private final Bootstrap bootstrap;

    public PairedComparator(Bootstrap bootstrap) {
        this.bootstrap = Objects.requireNonNull(bootstrap, "bootstrap");
    }

    /**
     * Compares run B with run A.
     *
     * @throws IllegalArgumentException when a run scores a qid twice, or the runs share no qid
     */
    public PairedComparison compare(List<SampleScore> runA, List<SampleScore> runB, MetricKind kind) {
        Objects.requireNonNull(kind, "kind");
        Map<String, SampleScore> a = byQid(runA, "A");
        Map<String, SampleScore> b = byQid(runB, "B");
        List<String> onlyInA = new ArrayList<>();
        List<double[]> pairs = new ArrayList<>();
        int rightToWrong = 0;
        int wrongToRight = 0;
        int bothRight = 0;
        int neither = 0;
        for (Map.Entry<String, SampleScore> entry : a.entrySet()) {
            SampleScore other = b.get(entry.getKey());
            if (other == null) {
                onlyInA.add(entry.getKey());
                continue;
            }
            SampleScore mine = entry.getValue();
            pairs.add(new double[] {mine.score(), other.score()});
            if (mine.correct() && other.correct()) {
                bothRight++;
            } else if (mine.correct()) {
                rightToWrong++;
            } else if (other.correct()) {
                wrongToRight++;
            } else {
                neither++;
            }
        }
        List<String> onlyInB = b.keySet().stream().filter(q -> !a.containsKey(q)).toList();
        if (pairs.isEmpty()) {
            throw new IllegalArgumentException("the runs share no qid (" + a.size() + " and " + b.size() + " items)");
        }
        double[] differences = new double[pairs.size()];
        double sumA = 0;
        double sumB = 0;
        for (int i = 0; i < differences.length; i++) {
            sumA += pairs.get(i)[0];
            sumB += pairs.get(i)[1];
            differences[i] = pairs.get(i)[1] - pairs.get(i)[0];
        }
        int n = differences.length;
        OptionalDouble p = kind == MetricKind.ACCURACY
                ? OptionalDouble.of(McNemar.exactPValue(rightToWrong, wrongToRight))
                : OptionalDouble.empty();
        return new PairedComparison(kind, n, sumA / n, sumB / n, Bootstrap.mean(differences),
                bootstrap.meanInterval(differences), p, rightToWrong, wrongToRight, bothRight, neither,
                onlyInA, onlyInB);
    }

    private static Map<String, SampleScore> byQid(List<SampleScore> run, String name) {
        Map<String, SampleScore> map = new TreeMap<>();
        for (SampleScore s : run) {
            if (map.put(s.qid(), s) != null) {
                throw new IllegalArgumentException("run " + name + " scores qid '" + s.qid()
                        + "' more than once; compare one sample per qid");
            }
        }
        return map;
    }
}
