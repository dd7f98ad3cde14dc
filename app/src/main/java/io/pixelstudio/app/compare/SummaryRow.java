package io.pixelstudio.app.compare;

import io.pixelstudio.trace.eval.Benchmark;
import io.pixelstudio.trace.eval.stats.PairedComparison;
import io.pixelstudio.trace.eval.stats.ScoreSummary;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the summary table: a benchmark, or one category of it, with each run's score and
 * interval (empty where the run has no item there) and each run's paired comparison against the
 * baseline (empty for the baseline itself and where the two runs share no item).
 *
 * @param category empty for the benchmark's overall row
 */
public record SummaryRow(Benchmark benchmark, String category, List<Optional<ScoreSummary>> scores,
                         List<Optional<PairedComparison>> versusBaseline) {

    public SummaryRow {
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(category, "category");
        scores = List.copyOf(scores);
        versusBaseline = List.copyOf(versusBaseline);
        if (scores.size() != versusBaseline.size()) {
            throw new IllegalArgumentException("one score and one comparison per run: " + scores.size()
                    + " vs " + versusBaseline.size());
        }
    }

    /** {@code vstar} or {@code vstar/direct_attributes}, as the CLI labels them. */
    public String label() {
        return category.isEmpty() ? benchmark.id() : benchmark.id() + "/" + category;
    }
}
