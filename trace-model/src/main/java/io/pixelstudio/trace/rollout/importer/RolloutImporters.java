package io.pixelstudio.trace.rollout.importer;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The rollout formats this build reads, looked up by id or detected from a file's first record.
 * Detection order matters: the studio header is checked first, then the Pixel Reasoner dump's
 * {@code solutions}/{@code qids}, then the generic prompt/response layout.
 */
public final class RolloutImporters {

    private final List<RolloutImporter> importers;

    /** The built-in importers; a Pixel Reasoner training dump gets {@code rolloutsPerStep} (0: unknown). */
    public RolloutImporters(int rolloutsPerStep) {
        this(List.of(new StudioRolloutsFormat(), new PixelReasonerDumpImporter(rolloutsPerStep),
                new PromptResponseImporter()));
    }

    /** The given importers, in detection order. */
    public RolloutImporters(List<RolloutImporter> importers) {
        this.importers = List.copyOf(importers);
    }

    public List<RolloutImporter> all() {
        return importers;
    }

    /** The importer called {@code id}. */
    public RolloutImporter byId(String id) {
        Objects.requireNonNull(id, "id");
        return importers.stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown rollout format '" + id + "' (known: "
                        + importers.stream().map(RolloutImporter::id).collect(Collectors.joining(", ")) + ")"));
    }

    /**
     * The importer whose layout the first non-blank line of {@code file} has.
     *
     * @throws IOException when the file cannot be read, is empty, or no importer recognizes it
     */
    public RolloutImporter detect(Path file) throws IOException {
        Optional<JsonNode> first = new JsonlRolloutReader(RolloutJson.MAPPER).firstRecord(file);
        if (first.isEmpty()) {
            throw new IOException(file + ":1: cannot tell the rollout format: the first line is missing or not a "
                    + "JSON object");
        }
        return importers.stream().filter(i -> i.recognizes(first.get())).findFirst()
                .orElseThrow(() -> new IOException(file + ":1: no rollout format recognizes this file (known: "
                        + importers.stream().map(RolloutImporter::id).collect(Collectors.joining(", "))
                        + "); name one with --format"));
    }
}
