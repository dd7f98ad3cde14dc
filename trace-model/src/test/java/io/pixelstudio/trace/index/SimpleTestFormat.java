package io.pixelstudio.trace.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Extras;
import io.pixelstudio.trace.Review;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.format.FormatException;
import io.pixelstudio.trace.format.RecordCodec;
import io.pixelstudio.trace.format.TraceFormat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A deliberately small format for index tests: {@code {"id": ..., "turns": [{"role": ..., "text": ..., "image": ...}]}}.
 * Decoding fails with a field path when {@code turns} is missing or a role is unknown.
 */
public final class SimpleTestFormat implements TraceFormat, RecordCodec {

    @Override
    public String id() {
        return "simple-test";
    }

    @Override
    public String description() {
        return "test format";
    }

    @Override
    public boolean canRead(Path path) {
        return true;
    }

    @Override
    public RecordCodec codec() {
        return this;
    }

    @Override
    public void write(List<Trace> traces, Path out, Path mediaBase, io.pixelstudio.trace.progress.ProgressListener p) {
        throw new UnsupportedOperationException("read-only test format");
    }

    @Override
    public Trace decode(JsonNode record, int recordIndex, String source) throws FormatException {
        if (!record.isObject()) {
            throw new FormatException("", "record is not an object");
        }
        JsonNode turns = record.get("turns");
        if (turns == null || !turns.isArray()) {
            throw new FormatException("turns", "missing list 'turns'");
        }
        List<Turn> decoded = new ArrayList<>();
        for (int i = 0; i < turns.size(); i++) {
            JsonNode turn = turns.get(i);
            Role role;
            try {
                role = Role.fromWireName(turn.path("role").asText());
            } catch (IllegalArgumentException e) {
                throw new FormatException("turns[" + i + "].role", e.getMessage());
            }
            List<Content> content = new ArrayList<>();
            if (turn.has("text")) {
                content.add(new Content.Text(turn.get("text").asText()));
            }
            if (turn.has("image")) {
                content.add(new Content.Image(turn.get("image").asText()));
            }
            decoded.add(new Turn(role, content));
        }
        String id = record.has("id") ? record.get("id").asText() : source + "#" + recordIndex;
        return new Trace(id, source, "", List.of(), List.of(), List.of(), decoded, Review.none(), Extras.empty());
    }

    @Override
    public ObjectNode encode(Trace trace) {
        return JsonNodeFactory.instance.objectNode().put("id", trace.id());
    }
}
