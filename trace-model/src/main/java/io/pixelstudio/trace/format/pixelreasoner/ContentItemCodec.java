package io.pixelstudio.trace.format.pixelreasoner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.format.FormatException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One content item of a Pixel Reasoner message: exactly one payload key ({@code text},
 * {@code image} or {@code video} as a list of frame paths) plus optional other keys such as
 * {@code type}, which stay in the item's extras in their original order.
 */
final class ContentItemCodec {

    static final String TEXT = "text";
    static final String IMAGE = "image";
    static final String VIDEO = "video";
    private static final List<String> PAYLOAD_KEYS = List.of(TEXT, IMAGE, VIDEO);

    private ContentItemCodec() {
    }

    static Content decode(JsonNode item, String path) throws FormatException {
        if (!item.isObject()) {
            throw new FormatException(path, "content item must be an object, found " + JsonKinds.describe(item));
        }
        List<String> payloads = new ArrayList<>();
        for (String key : PAYLOAD_KEYS) {
            if (item.has(key)) {
                payloads.add(key);
            }
        }
        if (payloads.isEmpty()) {
            throw new FormatException(path, "content item has no payload key (expected one of text, image, video); keys: "
                    + FieldLayout.keysOf(item));
        }
        if (payloads.size() > 1) {
            throw new FormatException(path, "content item has " + payloads.size() + " payload keys " + payloads
                    + "; exactly one of text, image, video is allowed");
        }
        String payload = payloads.get(0);
        ObjectNode unknown = ((ObjectNode) item).deepCopy();
        unknown.remove(payload);
        FieldLayout layout = FieldLayout.none();
        List<String> keys = FieldLayout.keysOf(item);
        if (!keys.get(0).equals(payload)) {
            layout = layout.withOrder(keys);
        }
        JsonNode value = item.get(payload);
        String valuePath = path + "." + payload;
        return switch (payload) {
            case TEXT -> new Content.Text(requireText(value, valuePath), layout.attachTo(unknown));
            case IMAGE -> new Content.Image(requireText(value, valuePath), layout.attachTo(unknown));
            default -> new Content.Video(frames(value, valuePath), layout.attachTo(unknown));
        };
    }

    static ObjectNode encode(Content content) {
        Map<String, JsonNode> modeled = new LinkedHashMap<>();
        if (content instanceof Content.Text text) {
            modeled.put(TEXT, TextNode.valueOf(text.text()));
        } else if (content instanceof Content.Image image) {
            modeled.put(IMAGE, TextNode.valueOf(image.path()));
        } else if (content instanceof Content.Video video) {
            ArrayNode frames = JsonNodeFactory.instance.arrayNode();
            video.framePaths().forEach(frames::add);
            modeled.put(VIDEO, frames);
        }
        return FieldLayout.from(content.extras()).assemble(modeled, FieldLayout.unknownFields(content.extras()));
    }

    private static String requireText(JsonNode value, String path) throws FormatException {
        if (!value.isTextual()) {
            throw new FormatException(path, "must be a string, found " + JsonKinds.describe(value));
        }
        return value.asText();
    }

    private static List<String> frames(JsonNode value, String path) throws FormatException {
        if (!value.isArray()) {
            throw new FormatException(path, "a video must be a list of frame image paths, found " + JsonKinds.describe(value));
        }
        List<String> frames = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            frames.add(requireText(value.get(i), path + "[" + i + "]"));
        }
        return frames;
    }
}
