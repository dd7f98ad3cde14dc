package io.pixelstudio.trace.eval.importer;

import io.pixelstudio.trace.eval.PredictionSet;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads one tool's evaluation output into a {@link PredictionSet}. Each source has its own
 * importer so that its quirks (misnamed fields, dropped images, per-rank files) stay in one place;
 * {@link PredictionImporters} picks one by id or by looking at the path.
 *
 * <p>Records that cannot be read are reported in {@link PredictionSet#findings()} with file, line
 * and field; the rest load. An {@link IOException} means the whole input could not be read.
 */
public interface PredictionImporter {

    /** Short id used on the command line, e.g. {@code pixelreasoner-eval}. */
    String id();

    /** One line for help texts. */
    String description();

    /** True when this importer recognises {@code path} (by name and a cheap look at the content). */
    boolean canRead(Path path);

    /** Reads every prediction of {@code path}. */
    PredictionSet read(Path path, ImportOptions options) throws IOException;
}
