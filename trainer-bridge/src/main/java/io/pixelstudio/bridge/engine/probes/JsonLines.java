package io.pixelstudio.bridge.engine.probes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.format.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The JSON-lines files of a probe suite (manifests, benchmark ground truth), written atomically and
 * read with located errors. Why shared: the image and the video suite differ in their records, not
 * in how a record list becomes a file and back.
 */
final class JsonLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLines() {
    }

    /** A new empty record. */
    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** Writes one line per item, {@code record} making each, atomically to {@code file}. */
    static <T> void write(Path file, List<T> items, Function<T, ObjectNode> record) throws IOException {
        Objects.requireNonNull(record, "record");
        StringBuilder sb = new StringBuilder();
        for (T item : items) {
            sb.append(JSON.writeValueAsString(record.apply(item))).append('\n');
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    /** A record parser that may throw. */
    @FunctionalInterface
    interface Parser<T> {
        T parse(JsonNode record) throws IOException;
    }

    /**
     * Reads every non-blank line of {@code file} through {@code parser}.
     *
     * @throws IOException naming file and line of the first unreadable record
     */
    static <T> List<T> read(Path file, Parser<T> parser) throws IOException {
        List<T> items = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                items.add(parser.parse(JSON.readTree(lines.get(i))));
            } catch (IOException | RuntimeException e) {
                throw new IOException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return items;
    }
}
