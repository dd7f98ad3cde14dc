package io.pixelstudio.trace.eval.importer;

import io.pixelstudio.trace.eval.PredictionSet;
import io.pixelstudio.trace.format.TraceFormats;
import io.pixelstudio.trace.format.pixelreasoner.PixelReasonerRlFormat;
import io.pixelstudio.trace.progress.ProgressListener;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The prediction importers available, looked up by id or detected from a path. Built by the
 * composition root with the trace formats (needed to read benchmark files for images); not a global.
 * Detection order: the studio's own file, Pixel Reasoner logs, lmms-eval samples.
 */
public final class PredictionImporters {

    private final List<PredictionImporter> importers;

    public PredictionImporters(List<PredictionImporter> importers) {
        this.importers = List.copyOf(importers);
    }

    /** Every built-in importer; benchmark files for images are read with {@code formats}' RL format. */
    public static PredictionImporters standard(TraceFormats formats) {
        Objects.requireNonNull(formats, "formats");
        DocImages.Loader rl = file -> formats.require(PixelReasonerRlFormat.ID).read(file, new ProgressListener() {
        });
        return new PredictionImporters(List.of(new StudioPredictionsFormat(), new PixelReasonerEvalImporter(),
                new LmmsEvalImporter(rl)));
    }

    public List<PredictionImporter> all() {
        return importers;
    }

    public Optional<PredictionImporter> byId(String id) {
        Objects.requireNonNull(id, "id");
        return importers.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** The first importer that recognises {@code path}. */
    public Optional<PredictionImporter> detect(Path path) {
        return importers.stream().filter(i -> i.canRead(path)).findFirst();
    }

    /**
     * Reads {@code path} with the detected importer.
     *
     * @throws IOException when no importer recognises it (the message lists the known ones)
     */
    public PredictionSet read(Path path, ImportOptions options) throws IOException {
        PredictionImporter importer = detect(path).orElseThrow(() -> new IOException(path
                + ": not a known predictions file or folder; known: " + ids()));
        return importer.read(path, options);
    }

    /** Comma-separated ids, for messages. */
    public String ids() {
        return importers.stream().map(PredictionImporter::id).collect(Collectors.joining(", "));
    }
}
