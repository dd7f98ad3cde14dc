package io.pixelstudio.bridge.engine.probes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The suite's list of items ({@code probes.jsonl}): one JSON object per line with id, kind, split,
 * image, size, evidence box (original pixels), grid cell and answer. Why a manifest beside the
 * project: the engine's evaluation needs the held-out items with their evidence, which no trace
 * holds (held-out items have no trace by design).
 */
public final class ProbeManifest {

    /** File name inside the suite folder. */
    public static final String FILE = "probes.jsonl";

    private ProbeManifest() {
    }

    /** Writes {@code items} atomically to {@code file}. */
    public static void write(List<ProbeItem> items, Path file) throws IOException {
        JsonLines.write(file, items, item -> {
            ObjectNode o = JsonLines.object();
            o.put("id", item.id()).put("kind", item.kind().id()).put("split", item.split().id())
                    .put("image", item.image()).put("width", item.width()).put("height", item.height());
            Box b = item.evidence();
            o.putArray("box").add((int) b.x1()).add((int) b.y1()).add((int) b.x2()).add((int) b.y2());
            o.put("grid", item.grid()).put("cell", item.cell()).put("question", item.question())
                    .put("answer", item.answer());
            return o;
        });
    }

    /**
     * Reads a manifest.
     *
     * @throws IOException naming file and line of the first unreadable record
     */
    public static List<ProbeItem> read(Path file) throws IOException {
        return JsonLines.read(file, o -> {
            JsonNode box = o.required("box");
            return new ProbeItem(o.required("id").asText(), ProbeKind.fromId(o.required("kind").asText()),
                    o.required("image").asText(), o.required("width").asInt(), o.required("height").asInt(),
                    new Box(box.get(0).asDouble(), box.get(1).asDouble(), box.get(2).asDouble(),
                            box.get(3).asDouble(), BoxConvention.ORIGINAL_PIXELS),
                    o.required("grid").asInt(), o.required("cell").asInt(), o.required("answer").asText(),
                    ProbeSplit.valueOf(o.required("split").asText().toUpperCase(Locale.ROOT)));
        });
    }
}
