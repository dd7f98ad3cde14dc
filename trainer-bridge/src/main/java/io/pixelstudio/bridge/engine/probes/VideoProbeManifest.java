package io.pixelstudio.bridge.engine.probes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import io.pixelstudio.trace.format.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The video suite's list of items ({@code videos.jsonl}): one JSON object per line with id, kind,
 * split, frame paths, frame size, evidence frames, evidence box (original frame pixels), question
 * and answer. Why beside the project: held-out items have no trace, and the engine's evaluation
 * needs their evidence.
 */
public final class VideoProbeManifest {

    /** File name inside the suite folder. */
    public static final String FILE = "videos.jsonl";

    private static final ObjectMapper JSON = new ObjectMapper();

    private VideoProbeManifest() {
    }

    /** One item as a manifest or ground-truth object (without the id, kind and split). */
    static ObjectNode describe(VideoProbeItem item, String framePrefix) {
        ObjectNode o = JSON.createObjectNode();
        ArrayNode frames = o.putArray("video");
        item.frames().forEach(f -> frames.add(framePrefix + f));
        o.put("width", item.width()).put("height", item.height());
        ArrayNode evidence = o.putArray("evidence_frames");
        item.evidenceFrames().forEach(evidence::add);
        Box b = item.evidence();
        o.putArray("box").add((int) b.x1()).add((int) b.y1()).add((int) b.x2()).add((int) b.y2());
        o.put("question", item.question()).put("answer", item.answer());
        return o;
    }

    /** Writes {@code items} atomically to {@code file}. */
    public static void write(List<VideoProbeItem> items, Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (VideoProbeItem item : items) {
            ObjectNode o = JSON.createObjectNode();
            o.put("id", item.id()).put("kind", item.kind().id()).put("split", item.split().id());
            o.setAll(describe(item, ""));
            sb.append(JSON.writeValueAsString(o)).append('\n');
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    /**
     * Reads a manifest.
     *
     * @throws IOException naming file and line of the first unreadable record
     */
    public static List<VideoProbeItem> read(Path file) throws IOException {
        List<VideoProbeItem> items = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                JsonNode o = JSON.readTree(lines.get(i));
                List<String> frames = new ArrayList<>();
                o.required("video").forEach(f -> frames.add(f.asText()));
                List<Integer> evidence = new ArrayList<>();
                o.required("evidence_frames").forEach(n -> evidence.add(n.asInt()));
                JsonNode box = o.required("box");
                if (box.size() != 4) {
                    throw new IllegalArgumentException("box must hold 4 numbers");
                }
                items.add(new VideoProbeItem(o.required("id").asText(),
                        VideoProbeKind.fromId(o.required("kind").asText()), frames, o.required("width").asInt(),
                        o.required("height").asInt(), evidence, new Box(box.get(0).asDouble(), box.get(1).asDouble(),
                        box.get(2).asDouble(), box.get(3).asDouble(), BoxConvention.ORIGINAL_PIXELS),
                        o.required("answer").asText(),
                        ProbeSplit.valueOf(o.required("split").asText().toUpperCase(Locale.ROOT))));
            } catch (IOException | RuntimeException e) {
                throw new IOException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return items;
    }
}
