package io.pixelstudio.bridge.engine.probes;

import io.pixelstudio.trace.format.project.StudioProjectFormat;
import io.pixelstudio.trace.ops.ReplaySettings;
import io.pixelstudio.trace.progress.ProgressListener;
import io.pixelstudio.trace.synth.AnnotatedItem;
import io.pixelstudio.trace.synth.SynthesisBatch;
import io.pixelstudio.trace.synth.SynthesisMode;
import io.pixelstudio.trace.synth.TraceSynthesizer;
import io.pixelstudio.trace.synth.TraceTemplates;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

/**
 * The trace half of writing a probe suite, image or video: synthesize the train split's annotated
 * items with the studio's synthesis ({@link TraceSynthesizer}, default templates, every mode) and
 * write them as the suite's studio project. Why shared: both suites must be exactly what
 * {@code pixelstudio synthesize} writes for the same items.
 */
final class SuiteSynthesis {

    /** The studio project's folder inside a suite. */
    static final String PROJECT = "project";

    private SuiteSynthesis() {
    }

    /** Synthesizes {@code annotated} with {@code seed} under {@code root} and writes {@code root/project}. */
    static SynthesisBatch.Report run(Path root, List<AnnotatedItem> annotated, long seed, ProgressListener progress)
            throws IOException {
        TraceSynthesizer synthesizer = new TraceSynthesizer(TraceTemplates.defaults(), ReplaySettings.TRAINING, root);
        SynthesisBatch.Report report = new SynthesisBatch(synthesizer).run(annotated,
                EnumSet.allOf(SynthesisMode.class), seed, progress);
        if (!report.traces().isEmpty()) {
            new StudioProjectFormat().write(report.traces(), root.resolve(PROJECT), root, progress);
        }
        return report;
    }
}
