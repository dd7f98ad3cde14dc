package io.pixelstudio.app.compare;

import io.pixelstudio.trace.eval.Benchmark;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of the per-sample diff: its qid and question, and each run's answer (empty where the
 * run has no answer for it), in run order so column {@code i} is run {@code i}.
 */
public record SampleRow(String qid, Benchmark benchmark, String category, String question,
                        List<Optional<RunSample>> runs) {

    public SampleRow {
        Objects.requireNonNull(qid, "qid");
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(question, "question");
        runs = List.copyOf(runs);
    }

    /** The baseline's (run 0's) answer. */
    public Optional<RunSample> baseline() {
        return runs.isEmpty() ? Optional.empty() : runs.get(0);
    }
}
