package io.pixelstudio.trace.eval.importer;

import io.pixelstudio.trace.format.TraceFormats;

import java.nio.file.Path;

/** Paths of the evaluation fixtures under {@code src/test/resources/eval}. */
final class EvalFixtures {

    static final Path ROOT = Path.of("src/test/resources/eval");
    static final Path PR_RUN = ROOT.resolve("pixelreasoner-run");
    static final Path PR_LOGS = PR_RUN.resolve("logs");
    static final Path LMMS = ROOT.resolve("lmms");
    static final Path LMMS_SAMPLES = LMMS.resolve("20250601_120000_samples_vstar_bench.jsonl");
    static final Path LMMS_BENCHMARK = LMMS.resolve("vstar_bench.jsonl");
    static final Path STUDIO = ROOT.resolve("studio/run.predictions.jsonl");

    private EvalFixtures() {
    }

    static PredictionImporters importers() {
        return PredictionImporters.standard(TraceFormats.discover());
    }
}
