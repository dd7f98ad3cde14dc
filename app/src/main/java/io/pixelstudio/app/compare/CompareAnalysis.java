package io.pixelstudio.app.compare;

import io.pixelstudio.trace.eval.Benchmark;
import io.pixelstudio.trace.eval.SampleScore;
import io.pixelstudio.trace.eval.metric.BenchmarkScorers;
import io.pixelstudio.trace.eval.stats.Bootstrap;
import io.pixelstudio.trace.eval.stats.PairedComparator;
import io.pixelstudio.trace.eval.stats.PairedComparison;
import io.pixelstudio.trace.eval.stats.ScoreReport;
import io.pixelstudio.trace.eval.stats.ScoreSummarizer;
import io.pixelstudio.trace.eval.stats.ScoreSummary;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Everything the compare screen shows for one list of runs, computed once (the bootstraps are the
 * expensive part) and then only read: each run's report, the summary rows (benchmark and
 * benchmark/category; scores, paired comparisons with the baseline) and the per-sample rows.
 */
public record CompareAnalysis(List<LoadedRun> runs, List<ScoreReport> reports, List<SummaryRow> summary,
                              List<SampleRow> samples) {

    /** Nothing loaded. */
    public static final CompareAnalysis EMPTY = new CompareAnalysis(List.of(), List.of(), List.of(), List.of());

    public CompareAnalysis {
        runs = List.copyOf(runs);
        reports = List.copyOf(reports);
        summary = List.copyOf(summary);
        samples = List.copyOf(samples);
    }

    /** Analyses {@code runs}; the first is the baseline. */
    public static CompareAnalysis of(List<LoadedRun> runs, Bootstrap bootstrap, BenchmarkScorers scorers) {
        Objects.requireNonNull(scorers, "scorers");
        if (runs.isEmpty()) {
            return EMPTY;
        }
        ScoreSummarizer summarizer = new ScoreSummarizer(bootstrap);
        PairedComparator comparator = new PairedComparator(bootstrap);
        List<ScoreReport> reports = runs.stream().map(r -> summarizer.summarize(r.scores())).toList();
        Set<Benchmark> benchmarks = EnumSet.noneOf(Benchmark.class);
        reports.forEach(r -> r.benchmarks().forEach(b -> benchmarks.add(b.benchmark())));
        Map<String, String> categories = categories(runs);
        List<SummaryRow> summary = new ArrayList<>();
        for (Benchmark benchmark : benchmarks) {
            summary.add(row(runs, reports, summarizer, comparator, scorers, categories, benchmark, ""));
            Set<String> names = new TreeSet<>();
            runs.forEach(r -> r.scores().stream().filter(s -> s.benchmark() == benchmark)
                    .map(s -> categories.get(s.qid())).filter(c -> !c.isEmpty()).forEach(names::add));
            for (String category : names) {
                summary.add(row(runs, reports, summarizer, comparator, scorers, categories, benchmark, category));
            }
        }
        return new CompareAnalysis(runs, reports, summary, samples(runs, categories));
    }

    /**
     * Each qid's category, the first non-empty one any run gives: a category belongs to the item,
     * and some sources (the Pixel Reasoner eval logs) do not record it, so a run without categories
     * is still compared category by category against one that has them.
     */
    private static Map<String, String> categories(List<LoadedRun> runs) {
        Map<String, String> categories = new HashMap<>();
        for (LoadedRun run : runs) {
            for (SampleScore score : run.scores()) {
                categories.merge(score.qid(), score.category(), (old, now) -> old.isEmpty() ? now : old);
            }
        }
        return categories;
    }

    private static SummaryRow row(List<LoadedRun> runs, List<ScoreReport> reports, ScoreSummarizer summarizer,
                                  PairedComparator comparator, BenchmarkScorers scorers, Map<String, String> categories,
                                  Benchmark benchmark, String category) {
        String label = category.isEmpty() ? benchmark.id() : benchmark.id() + "/" + category;
        Predicate<SampleScore> inRow = s -> s.benchmark() == benchmark
                && (category.isEmpty() || categories.get(s.qid()).equals(category));
        List<Optional<ScoreSummary>> scores = new ArrayList<>();
        List<Optional<PairedComparison>> versus = new ArrayList<>();
        List<SampleScore> baseline = runs.get(0).scores().stream().filter(inRow).toList();
        Set<String> baselineQids = new HashSet<>();
        baseline.forEach(s -> baselineQids.add(s.qid()));
        for (int i = 0; i < runs.size(); i++) {
            List<SampleScore> mine = runs.get(i).scores().stream().filter(inRow).toList();
            if (category.isEmpty()) {
                scores.add(reports.get(i).benchmark(benchmark).map(ScoreReport.BenchmarkSummary::overall));
            } else {
                scores.add(mine.isEmpty() ? Optional.empty()
                        : Optional.of(summarizer.summary(label, mine.stream().mapToDouble(SampleScore::score).toArray())));
            }
            boolean shared = i > 0 && mine.stream().anyMatch(s -> baselineQids.contains(s.qid()));
            versus.add(shared ? Optional.of(comparator.compare(baseline, mine, scorers.forBenchmark(benchmark).kind()))
                    : Optional.empty());
        }
        return new SummaryRow(benchmark, category, scores, versus);
    }

    private static List<SampleRow> samples(List<LoadedRun> runs, Map<String, String> categories) {
        Map<String, RunSample> first = new LinkedHashMap<>();
        for (LoadedRun run : runs) {
            for (SampleScore score : run.scores()) {
                first.putIfAbsent(score.qid(), run.samples().get(score.qid()));
            }
        }
        List<SampleRow> rows = new ArrayList<>();
        first.forEach((qid, sample) -> rows.add(new SampleRow(qid, sample.score().benchmark(), categories.get(qid),
                sample.prediction().question(),
                runs.stream().map(r -> Optional.ofNullable(r.samples().get(qid))).toList())));
        return rows;
    }
}
