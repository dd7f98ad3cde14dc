package io.pixelstudio.trace.eval.stats;

import io.pixelstudio.trace.eval.Benchmark;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * All summaries of one run: per benchmark with its categories, the macro average over benchmarks
 * (each benchmark weighs the same: the paper's "average" and the reference trainer's
 * {@code match_overall}), and the pooled mean over all items (what the reference evaluator's
 * {@code get_eval_result_from_disk} returns as {@code acc}, weighting benchmarks by size).
 */
public record ScoreReport(List<BenchmarkSummary> benchmarks, ScoreSummary macroAverage, ScoreSummary pooled) {

    /** One benchmark's summary and its categories' (empty categories omitted, in name order). */
    public record BenchmarkSummary(Benchmark benchmark, ScoreSummary overall, List<ScoreSummary> categories) {
        public BenchmarkSummary {
            Objects.requireNonNull(benchmark, "benchmark");
            Objects.requireNonNull(overall, "overall");
            categories = List.copyOf(categories);
        }
    }

    public ScoreReport {
        benchmarks = List.copyOf(benchmarks);
        Objects.requireNonNull(macroAverage, "macroAverage");
        Objects.requireNonNull(pooled, "pooled");
    }

    /** The summary of one benchmark, when the run has items of it. */
    public Optional<BenchmarkSummary> benchmark(Benchmark benchmark) {
        return benchmarks.stream().filter(s -> s.benchmark() == benchmark).findFirst();
    }
}
