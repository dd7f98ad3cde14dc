package io.pixelstudio.trace.rollout.importer;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One rollout dump format. Importers are plain objects listed by {@link RolloutImporters}, so the
 * command line and the studio can name one explicitly ({@code --format ID}) or let the first record
 * decide.
 */
public interface RolloutImporter {

    /** Short stable name used on the command line. */
    String id();

    /** One line for help texts. */
    String description();

    /** True when {@code firstRecord} (the file's first non-blank line, parsed) looks like this format. */
    boolean recognizes(JsonNode firstRecord);

    /**
     * Reads every rollout of {@code file}. Lines that cannot be read become findings; the rest load.
     *
     * @throws IOException when the file itself cannot be read
     */
    RolloutImport read(Path file) throws IOException;
}
