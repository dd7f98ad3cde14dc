package io.pixelstudio.trace.eval;

import java.util.Locale;

/**
 * The benchmarks Pixel Reasoner reports, each with the metric its paper uses. The id is what the
 * command line takes and what a reference {@code qid} starts with (text before the first {@code -}).
 */
public enum Benchmark {
    /** V* Bench: multiple choice, accuracy, split into attribute and spatial questions. */
    VSTAR("vstar"),
    /** TallyQA-Complex: exact count match. */
    TALLYQA("tallyqa"),
    /** InfographicsVQA: ANLS (threshold 0.5, max over ground truths). */
    INFOVQA("infovqa"),
    /** MVBench: multiple choice, accuracy per task. */
    MVBENCH("mvbench"),
    /**
     * The embedded engine's pixel probes (docs/engine.md): exact match of the boxed answer after
     * trimming and case folding, one category per probe kind.
     */
    PROBES("probes");

    private final String id;

    Benchmark(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /**
     * The benchmark with this id (case-insensitive).
     *
     * @throws IllegalArgumentException naming the known ids
     */
    public static Benchmark fromId(String id) {
        String wanted = id.toLowerCase(Locale.ROOT);
        for (Benchmark b : values()) {
            if (b.id.equals(wanted)) {
                return b;
            }
        }
        throw new IllegalArgumentException("unknown benchmark '" + id + "' (expected vstar, tallyqa, infovqa, mvbench or probes)");
    }
}
