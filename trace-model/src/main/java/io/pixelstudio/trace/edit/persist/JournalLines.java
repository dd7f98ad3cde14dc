package io.pixelstudio.trace.edit.persist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.edit.EditListener;
import io.pixelstudio.trace.edit.TraceChange;
import io.pixelstudio.trace.format.FormatException;
import io.pixelstudio.trace.format.JsonRecordsWriter;
import io.pixelstudio.trace.format.project.StudioTraceCodec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The lines of a recovery journal, one JSON object each: a change
 * {@code {"step", "direction", "description", "index", "trace"}} (the trace in the studio project's
 * trace JSON, so every format's traces fit) or {@code {"step", "direction", "description", "index",
 * "removed": true}} for an appended trace that an undo took away; and a save marker
 * {@code {"saving": {"size", "lastModified", "headSha256"}}}.
 */
final class JournalLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final StudioTraceCodec codec = new StudioTraceCodec();
    private final JsonRecordsWriter writer = new JsonRecordsWriter(JSON);

    /** The line recording {@code change} after a step was applied, undone or redone. */
    String change(long step, EditListener.Direction direction, String description, TraceChange change) {
        ObjectNode node = JSON.createObjectNode().put("step", step)
                .put("direction", direction.name().toLowerCase(Locale.ROOT)).put("description", description)
                .put("index", change.index());
        Trace state = direction == EditListener.Direction.UNDONE ? change.before() : change.after();
        if (state == null) {
            node.put("removed", true);
        } else {
            node.set("trace", codec.encode(state));
        }
        return line(node);
    }

    /** The save marker line. */
    String saving(DocumentFingerprint saved) {
        ObjectNode node = JSON.createObjectNode();
        saved.writeTo(node.putObject("saving"));
        return line(node);
    }

    /** One object as a single JSON line (strings escape their newlines). */
    String line(ObjectNode node) {
        try {
            return writer.toLine(node);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a journal line", e);
        }
    }

    /** The trace a change line holds. */
    Trace trace(JsonNode line, int index) throws FormatException {
        return codec.decode(line.get("trace"), index, "");
    }

    /** Parses one line, or null when it is not a JSON object (a line torn by a kill). */
    static JsonNode parse(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }
}
