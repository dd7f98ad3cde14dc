package io.pixelstudio.bridge.engine.probes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;

import java.io.IOException;
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

    private VideoProbeManifest() {
    }

    /** One item as a manifest or ground-truth object (without the id, kind and split). */
    static ObjectNode describe(VideoProbeItem item, String framePrefix) {
        ObjectNode o = JsonLines.object();
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
        JsonLines.write(file, items, item -> {
            ObjectNode o = JsonLines.object();
            o.put("id", item.id()).put("kind", item.kind().id()).put("split", item.split().id());
            o.setAll(describe(item, ""));
            return o;
        });
    }

    /**
     * Reads a manifest.
     *
     * @throws IOException naming file and line of the first unreadable record
     */
    public static List<VideoProbeItem> read(Path file) throws IOException {
        return JsonLines.read(file, o -> {
            List<String> frames = new ArrayList<>();
            o.required("video").forEach(f -> frames.add(f.asText()));
            List<Integer> evidence = new ArrayList<>();
            o.required("evidence_frames").forEach(n -> evidence.add(n.asInt()));
            JsonNode box = o.required("box");
            if (box.size() != 4) {
                throw new IllegalArgumentException("box must hold 4 numbers");
            }
            return new VideoProbeItem(o.required("id").asText(),
                    VideoProbeKind.fromId(o.required("kind").asText()), frames, o.required("width").asInt(),
                    o.required("height").asInt(), evidence, new Box(box.get(0).asDouble(), box.get(1).asDouble(),
                    box.get(2).asDouble(), box.get(3).asDouble(), BoxConvention.ORIGINAL_PIXELS),
                    o.required("answer").asText(),
                    ProbeSplit.valueOf(o.required("split").asText().toUpperCase(Locale.ROOT)));
        });
    }
}
