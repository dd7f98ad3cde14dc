package io.pixelstudio.trace.edit.persist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.Review;
import io.pixelstudio.trace.ReviewStatus;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.AtomicFiles;
import io.pixelstudio.trace.format.JsonRecordsWriter;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Review verdicts for a document whose format cannot hold them (the Pixel Reasoner SFT and RL
 * files are training data: an added field could break the trainer). Kept beside it as
 * {@code <file>.pixelstudio-review.jsonl}: a header line {@code {"pixelstudioReview": 1, "document":
 * name}}, then one line per reviewed trace {@code {"index", "id", "status", "tags", "note"}}. A trace
 * is matched by index when the id there agrees, else by id when the id is unique in the sidecar, so
 * the verdicts survive the file being re-sorted by another tool.
 */
public final class ReviewSidecar {

    /** Appended to the document's file name. */
    public static final String SUFFIX = ".pixelstudio-review.jsonl";
    /** The version this code writes and reads. */
    public static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The review of the trace at {@code index} with {@code id}. */
    public record Entry(int index, String id, Review review) {
        public Entry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(review, "review");
        }
    }

    private final Map<Integer, Entry> byIndex = new HashMap<>();
    private final Map<String, Entry> byId = new HashMap<>();

    private ReviewSidecar(List<Entry> entries) {
        Set<String> repeated = new HashSet<>();
        for (Entry e : entries) {
            byIndex.put(e.index(), e);
            if (byId.put(e.id(), e) != null) {
                repeated.add(e.id());
            }
        }
        repeated.forEach(byId::remove);
    }

    /** The sidecar path of {@code document}. */
    public static Path pathOf(Path document) {
        Path absolute = document.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + SUFFIX);
    }

    /**
     * The reviews saved beside {@code document}; empty when there is no sidecar.
     *
     * @throws IOException naming the sidecar and line when it is of an unknown version or malformed
     */
    public static ReviewSidecar read(Path document) throws IOException {
        Path file = pathOf(document);
        if (!Files.exists(file)) {
            return new ReviewSidecar(List.of());
        }
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = in.readLine();
            JsonNode header = parse(file, 1, line == null ? "" : line);
            if (!header.path("pixelstudioReview").isInt() || header.get("pixelstudioReview").intValue() != VERSION) {
                throw new IOException(file + ":1: not a review sidecar of version " + VERSION
                        + " (header " + header + "); it was written by another version of the studio");
            }
            int number = 1;
            while ((line = in.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    entries.add(entry(file, number, parse(file, number, line)));
                }
            }
        }
        return new ReviewSidecar(entries);
    }

    /** The review saved for the trace at {@code index} with {@code id}, if any. */
    public Optional<Review> reviewOf(int index, String id) {
        Entry at = byIndex.get(index);
        if (at != null && at.id().equals(id)) {
            return Optional.of(at.review());
        }
        return Optional.ofNullable(byId.get(id)).map(Entry::review);
    }

    /** {@code trace} (at {@code index}) with its saved review, or as it is when none is saved. */
    public Trace overlay(int index, Trace trace) {
        return reviewOf(index, trace.id()).map(trace::withReview).orElse(trace);
    }

    /** Number of reviewed traces. */
    public int size() {
        return byIndex.size();
    }

    /** Replaces the sidecar of {@code document} atomically (the previous one kept as {@code .bak}). */
    public static void write(Path document, List<Entry> entries) throws IOException {
        ObjectNode header = JSON.createObjectNode().put("pixelstudioReview", VERSION)
                .put("document", document.toAbsolutePath().getFileName().toString());
        List<ObjectNode> lines = new ArrayList<>();
        lines.add(header);
        for (Entry e : entries) {
            ObjectNode line = JSON.createObjectNode().put("index", e.index()).put("id", e.id())
                    .put("status", e.review().status().name().toLowerCase(Locale.ROOT));
            ArrayNode tags = line.putArray("tags");
            e.review().tags().forEach(tags::add);
            line.put("note", e.review().note());
            lines.add(line);
        }
        JsonRecordsWriter writer = new JsonRecordsWriter(JSON);
        AtomicFiles.write(pathOf(document), out -> writer.write(lines, io.pixelstudio.trace.format.JsonRecordLayout.LINES, out));
    }

    private static JsonNode parse(Path file, int line, String text) throws IOException {
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || !node.isObject()) {
                throw new IOException(file + ":" + line + ": expected a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IOException(file + ":" + line + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static Entry entry(Path file, int line, JsonNode node) throws IOException {
        String at = file + ":" + line + ": ";
        if (!node.path("index").canConvertToInt() || !node.path("id").isTextual()) {
            throw new IOException(at + "field index (integer) and id (string) are required");
        }
        String status = node.path("status").asText("");
        ReviewStatus parsed = null;
        for (ReviewStatus candidate : ReviewStatus.values()) {
            if (candidate.name().toLowerCase(Locale.ROOT).equals(status)) {
                parsed = candidate;
            }
        }
        if (parsed == null) {
            throw new IOException(at + "field status: unknown review status '" + status
                    + "' (expected unreviewed, accepted, rejected or needs_fix)");
        }
        List<String> tags = new ArrayList<>();
        for (JsonNode tag : node.path("tags")) {
            if (!tag.isTextual()) {
                throw new IOException(at + "field tags: tags are strings, got " + tag);
            }
            tags.add(tag.textValue());
        }
        if (!node.path("note").isTextual()) {
            throw new IOException(at + "field note: a string is required");
        }
        return new Entry(node.get("index").intValue(), node.get("id").textValue(),
                new Review(parsed, tags, node.get("note").textValue()));
    }
}
