package io.pixelstudio.trace.eval.importer;

import io.pixelstudio.trace.eval.Benchmark;

import java.util.Locale;
import java.util.Optional;

/**
 * Tells the benchmark from the names sources use: a Pixel Reasoner qid ({@code vstar-12}: the text
 * before the first {@code -}, as the reference evaluator splits it) or an lmms-eval task name
 * ({@code vstar_bench}, {@code mvbench_action_sequence}, {@code infovqa_val}).
 */
final class BenchmarkNames {

    private BenchmarkNames() {
    }

    /** The benchmark a qid names, if its prefix is a known benchmark id. */
    static Optional<Benchmark> fromQid(String qid) {
        int dash = qid.indexOf('-');
        String prefix = dash >= 0 ? qid.substring(0, dash) : qid;
        return byId(prefix);
    }

    /** The benchmark an lmms-eval task belongs to, by the benchmark name it starts with. */
    static Optional<Benchmark> fromTask(String task) {
        String t = task.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
        if (t.startsWith("vstar")) {
            return Optional.of(Benchmark.VSTAR);
        }
        if (t.startsWith("tallyqa")) {
            return Optional.of(Benchmark.TALLYQA);
        }
        if (t.startsWith("infovqa") || t.startsWith("infographicvqa") || t.startsWith("infographicsvqa")) {
            return Optional.of(Benchmark.INFOVQA);
        }
        if (t.startsWith("mvbench")) {
            return Optional.of(Benchmark.MVBENCH);
        }
        return Optional.empty();
    }

    private static Optional<Benchmark> byId(String id) {
        try {
            return Optional.of(Benchmark.fromId(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
