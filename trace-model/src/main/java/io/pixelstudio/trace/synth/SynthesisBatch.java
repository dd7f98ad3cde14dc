package io.pixelstudio.trace.synth;

import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.progress.ProgressListener;
import io.pixelstudio.trace.validate.Finding;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Synthesizes a list of items in one or both modes, item after item, with progress and cancel.
 * The fallback rule: asked for self-correction alone, an item without room for a wrong region is
 * synthesized as a single pass (with a warning); asked for both modes, it already has its single
 * pass, so its self-correction is skipped (with the same warning). Why here and not in the CLI:
 * the app's batch and the CLI must count and fall back the same way.
 */
public final class SynthesisBatch {

    private final TraceSynthesizer synthesizer;

    public SynthesisBatch(TraceSynthesizer synthesizer) {
        this.synthesizer = Objects.requireNonNull(synthesizer, "synthesizer");
    }

    /** What a batch gave, in item order (for each item, single pass before self-correction). */
    public record Report(List<SynthesisResult> results, boolean cancelled) {
        public Report {
            results = List.copyOf(results);
        }

        /** The traces to write, in order. */
        public List<Trace> traces() {
            return results.stream().flatMap(r -> r.trace().stream()).toList();
        }

        /** How many traces of {@code mode} were produced. */
        public long written(SynthesisMode mode) {
            return results.stream().filter(r -> r.produced().orElse(null) == mode).count();
        }

        /** Results that asked for a self-correction and got a single pass. */
        public List<SynthesisResult> fellBack() {
            return results.stream().filter(SynthesisResult::fellBack).toList();
        }

        /** Results without a trace (failed or skipped). */
        public List<SynthesisResult> withoutTrace() {
            return results.stream().filter(r -> r.trace().isEmpty()).toList();
        }

        /** True when some item failed with an error. */
        public boolean anyFailed() {
            return results.stream().anyMatch(SynthesisResult::failed);
        }

        /** Every finding, in order. */
        public List<Finding> findings() {
            return results.stream().flatMap(r -> r.findings().stream()).toList();
        }
    }

    /** Synthesizes {@code items} in {@code modes} (not empty) with the batch {@code seed}. */
    public Report run(List<AnnotatedItem> items, Set<SynthesisMode> modes, long seed, ProgressListener progress) {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(progress, "progress");
        if (modes.isEmpty()) {
            throw new IllegalArgumentException("at least one synthesis mode is needed");
        }
        Set<SynthesisMode> ordered = EnumSet.copyOf(modes);
        boolean fallBack = !ordered.contains(SynthesisMode.SINGLE_PASS);
        List<SynthesisResult> results = new ArrayList<>();
        progress.start("synthesize", items.size());
        try {
            for (int i = 0; i < items.size(); i++) {
                if (progress.isCancelled()) {
                    return new Report(results, true);
                }
                for (SynthesisMode mode : ordered) {
                    results.add(synthesizer.synthesize(items.get(i), mode, seed, fallBack));
                }
                progress.progress(i + 1);
            }
        } finally {
            progress.finish();
        }
        return new Report(results, false);
    }
}
