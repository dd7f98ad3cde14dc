package io.pixelstudio.trace.eval.stats;

import io.pixelstudio.trace.eval.Benchmark;
import io.pixelstudio.trace.eval.SampleScore;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Turns sample scores into a {@link ScoreReport}. Several samples of one qid (n samples per prompt)
 * are first averaged into one item score, as the reference evaluator does, so n counts questions,
 * not samples. Items are ordered by qid before resampling, so the result does not depend on the
 * order scores arrive in.
 */
public final class ScoreSummarizer {

    /** Label of the macro average. */
    public static final String MACRO = "macro average";
    /** Label of the pooled mean. */
    public static final String POOLED = "pooled";

    private final Bootstrap bootstrap;

    public ScoreSummarizer(Bootstrap bootstrap) {
        this.bootstrap = Objects.requireNonNull(bootstrap, "bootstrap");
    }

    /** The report of a run (at least one score). */
    public ScoreReport summarize(List<SampleScore> scores) {
        if (scores.isEmpty()) {
            throw new IllegalArgumentException("no scores to summarise");
        }
        Map<Benchmark, Map<String, Item>> byBenchmark = new EnumMap<>(Benchmark.class);
        for (SampleScore s : scores) {
            byBenchmark.computeIfAbsent(s.benchmark(), b -> new TreeMap<>())
                    .computeIfAbsent(s.qid(), q -> new Item(s.category()))
                    .add(s.score());
        }
        List<ScoreReport.BenchmarkSummary> summaries = new ArrayList<>();
        List<double[]> groups = new ArrayList<>();
        List<Double> all = new ArrayList<>();
        for (Map.Entry<Benchmark, Map<String, Item>> entry : byBenchmark.entrySet()) {
            Map<String, List<Double>> byCategory = new TreeMap<>();
            double[] values = new double[entry.getValue().size()];
            int i = 0;
            for (Item item : entry.getValue().values()) {
                values[i++] = item.mean();
                all.add(item.mean());
                if (!item.category.isEmpty()) {
                    byCategory.computeIfAbsent(item.category, c -> new ArrayList<>()).add(item.mean());
                }
            }
            groups.add(values);
            String id = entry.getKey().id();
            List<ScoreSummary> categories = new ArrayList<>();
            byCategory.forEach((category, list) ->
                    categories.add(summary(id + "/" + category, list.stream().mapToDouble(Double::doubleValue).toArray())));
            summaries.add(new ScoreReport.BenchmarkSummary(entry.getKey(), summary(id, values), categories));
        }
        double macroMean = summaries.stream().mapToDouble(s -> s.overall().mean()).average().orElseThrow();
        if (summaries.size() == 1) {
            // one benchmark: macro average, pooled mean and the benchmark's own summary are the same
            // resampling of the same values with the same seed, so reuse it rather than redo it
            ScoreSummary only = summaries.get(0).overall();
            return new ScoreReport(summaries, new ScoreSummary(MACRO, only.n(), only.mean(), only.interval()),
                    new ScoreSummary(POOLED, only.n(), only.mean(), only.interval()));
        }
        ScoreSummary macro = new ScoreSummary(MACRO, all.size(), macroMean, bootstrap.meanOfMeansInterval(groups));
        ScoreSummary pooled = summary(POOLED, all.stream().mapToDouble(Double::doubleValue).toArray());
        return new ScoreReport(summaries, macro, pooled);
    }

    /** One summary of item scores. */
    public ScoreSummary summary(String label, double[] values) {
        return new ScoreSummary(label, values.length, Bootstrap.mean(values), bootstrap.meanInterval(values));
    }

    private static final class Item {
        private final String category;
        private double sum;
        private int count;

        Item(String category) {
            this.category = category;
        }

        void add(double score) {
            sum += score;
            count++;
        }

        double mean() {
            return sum / count;
        }
    }
}
