package io.pixelstudio.trace.format.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.Trace;

/**
 * The record skeleton both chat exports share: {@code messages}, then an {@code images} column
 * (always present, possibly empty) and a {@code videos} column only when a video was written. Kept
 * in one place so LLaMA-Factory and TRL get the same column rules and the same refusal of a trace
 * without turns.
 */
final class ChatRecord {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectNode record = NODES.objectNode();
    private final ArrayNode messages = record.putArray("messages");
    private final ArrayNode images = NODES.arrayNode();
    private final ArrayNode videos = NODES.arrayNode();

    private ChatRecord() {
    }

    /**
     * An empty record for {@code trace}.
     *
     * @throws ExportException when the trace has no turns: a chat export needs at least a user turn
     */
    static ChatRecord of(Trace trace) throws ExportException {
        if (trace.turns().isEmpty()) {
            throw new ExportException(trace.id(), "has no turns; a chat export needs at least a user turn");
        }
        return new ChatRecord();
    }

    /** Appends an empty message object. */
    ObjectNode addMessage() {
        return messages.addObject();
    }

    /** Appends a path to the {@code images} column. */
    void addImage(String path) {
        images.add(path);
    }

    /** Appends an empty frame list to the {@code videos} column. */
    ArrayNode addVideo() {
        return videos.addArray();
    }

    /** The finished record: messages, images, and videos when there are any. */
    ObjectNode finish() {
        record.set("images", images);
        if (!videos.isEmpty()) {
            record.set("videos", videos);
        }
        return record;
    }
}
