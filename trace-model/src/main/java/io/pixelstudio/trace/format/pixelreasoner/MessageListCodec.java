package io.pixelstudio.trace.format.pixelreasoner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.format.FormatException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Pixel Reasoner {@code message_list}: messages {@code {"role", "content": [items]}} with roles
 * system, user and assistant (tool results are user turns). Unknown message keys stay in the turn's
 * extras; errors name the offending path, e.g. {@code message_list[1].content[0]}.
 */
final class MessageListCodec {

    static final String FIELD = "message_list";
    private static final String ROLE = "role";
    private static final String CONTENT = "content";

    private MessageListCodec() {
    }

    static List<Turn> decode(JsonNode messages) throws FormatException {
        if (messages == null || messages.isNull()) {
            throw new FormatException(FIELD, "missing message_list");
        }
        if (!messages.isArray()) {
            throw new FormatException(FIELD, "message_list must be a list of messages, found " + JsonKinds.describe(messages));
        }
        List<Turn> turns = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            turns.add(decodeMessage(messages.get(i), FIELD + "[" + i + "]"));
        }
        return turns;
    }

    private static Turn decodeMessage(JsonNode message, String path) throws FormatException {
        if (!message.isObject()) {
            throw new FormatException(path, "message must be an object, found " + JsonKinds.describe(message));
        }
        JsonNode roleNode = message.get(ROLE);
        if (roleNode == null || !roleNode.isTextual()) {
            throw new FormatException(path + "." + ROLE, "message role must be a string, found " + JsonKinds.describe(roleNode));
        }
        Role role;
        try {
            role = Role.fromWireName(roleNode.asText());
        } catch (IllegalArgumentException e) {
            throw new FormatException(path + "." + ROLE, e.getMessage());
        }
        JsonNode items = message.get(CONTENT);
        if (items == null || !items.isArray()) {
            throw new FormatException(path + "." + CONTENT, "content must be a list of items, found " + JsonKinds.describe(items));
        }
        List<Content> content = new ArrayList<>();
        for (int j = 0; j < items.size(); j++) {
            content.add(ContentItemCodec.decode(items.get(j), path + "." + CONTENT + "[" + j + "]"));
        }
        ObjectNode unknown = ((ObjectNode) message).deepCopy();
        unknown.remove(List.of(ROLE, CONTENT));
        FieldLayout layout = FieldLayout.none();
        List<String> keys = FieldLayout.keysOf(message);
        if (!keys.subList(0, 2).equals(List.of(ROLE, CONTENT))) {
            layout = layout.withOrder(keys);
        }
        return new Turn(role, content, layout.attachTo(unknown));
    }

    static ArrayNode encode(List<Turn> turns) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (Turn turn : turns) {
            ArrayNode items = JsonNodeFactory.instance.arrayNode();
            turn.content().forEach(c -> items.add(ContentItemCodec.encode(c)));
            Map<String, JsonNode> modeled = new LinkedHashMap<>();
            modeled.put(ROLE, TextNode.valueOf(turn.role().wireName()));
            modeled.put(CONTENT, items);
            out.add(FieldLayout.from(turn.extras()).assemble(modeled, FieldLayout.unknownFields(turn.extras())));
        }
        return out;
    }
}
