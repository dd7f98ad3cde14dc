package io.pixelstudio.trace.format.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Evidence;
import io.pixelstudio.trace.Media;
import io.pixelstudio.trace.format.FormatException;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;

import static io.pixelstudio.trace.format.project.JsonFields.extras;
import static io.pixelstudio.trace.format.project.JsonFields.intList;
import static io.pixelstudio.trace.format.project.JsonFields.integer;
import static io.pixelstudio.trace.format.project.JsonFields.nullableText;
import static io.pixelstudio.trace.format.project.JsonFields.number;
import static io.pixelstudio.trace.format.project.JsonFields.object;
import static io.pixelstudio.trace.format.project.JsonFields.path;
import static io.pixelstudio.trace.format.project.JsonFields.putExtras;
import static io.pixelstudio.trace.format.project.JsonFields.text;
import static io.pixelstudio.trace.format.project.JsonFields.textList;

/**
 * The polymorphic parts of a studio record — media, evidence and content items. Each is tagged with
 * a NAMED {@code "type"} taken from a fixed allow-list and mapped by hand; nothing here lets the
 * JSON pick a Java class (no Jackson default typing), so a project file cannot instantiate
 * arbitrary types.
 */
final class StudioPartsCodec {

    /** Allowed {@code type} tags of a media entry. */
    static final Set<String> MEDIA_TYPES = Set.of("image", "video");
    /** Allowed {@code type} tags of an evidence entry. */
    static final Set<String> EVIDENCE_TYPES = Set.of("region", "frameRange");
    /** Allowed {@code type} tags of a content item. */
    static final Set<String> CONTENT_TYPES = Set.of("text", "image", "video");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> IMAGE_MEDIA_FIELDS = Set.of("type", "path");
    private static final Set<String> VIDEO_MEDIA_FIELDS =
            Set.of("type", "file", "frames", "fps", "frameCount", "sampledIndices");
    private static final Set<String> REGION_FIELDS = Set.of("type", "image", "box");
    private static final Set<String> BOX_FIELDS = Set.of("x1", "y1", "x2", "y2", "convention");
    private static final Set<String> FRAME_RANGE_FIELDS = Set.of("type", "first", "last");
    private static final Set<String> TEXT_FIELDS = Set.of("type", "text");
    private static final Set<String> IMAGE_FIELDS = Set.of("type", "path");
    private static final Set<String> VIDEO_FIELDS = Set.of("type", "frames");

    private StudioPartsCodec() {
    }

    static ObjectNode encodeMedia(Media media) {
        ObjectNode node = NODES.objectNode();
        if (media instanceof Media.Image image) {
            node.put("type", "image");
            node.put("path", image.path());
        } else {
            Media.Video video = (Media.Video) media;
            node.put("type", "video");
            node.put("file", video.file());
            video.framePaths().forEach(node.putArray("frames")::add);
            if (video.fps().isPresent()) {
                node.put("fps", video.fps().getAsDouble());
            } else {
                node.putNull("fps");
            }
            node.put("frameCount", video.frameCount());
            video.sampledIndices().forEach(node.putArray("sampledIndices")::add);
        }
        return node;
    }

    static Media decodeMedia(JsonNode json, String at) throws FormatException {
        ObjectNode node = object(json, at);
        String type = tag(node, at, MEDIA_TYPES);
        if (type.equals("image")) {
            rejectUnknown(node, IMAGE_MEDIA_FIELDS, at);
            return new Media.Image(text(node, "path", at));
        }
        rejectUnknown(node, VIDEO_MEDIA_FIELDS, at);
        JsonNode fps = node.get("fps");
        OptionalDouble fpsValue;
        if (fps == null || fps.isNull()) {
            fpsValue = OptionalDouble.empty();
        } else if (fps.isNumber()) {
            fpsValue = OptionalDouble.of(fps.doubleValue());
        } else {
            throw new FormatException(path(at, "fps"), "expected a number or null, found " + JsonFields.describe(fps));
        }
        try {
            return new Media.Video(nullableText(node, "file", at), textList(node, "frames", at), fpsValue,
                    integer(node, "frameCount", at), intList(node, "sampledIndices", at));
        } catch (IllegalArgumentException e) {
            throw new FormatException(at, e.getMessage());
        }
    }

    static ObjectNode encodeEvidence(Evidence evidence) {
        ObjectNode node = NODES.objectNode();
        if (evidence instanceof Evidence.Region region) {
            node.put("type", "region");
            node.put("image", region.imageIndex());
            ObjectNode box = node.putObject("box");
            box.put("x1", region.box().x1());
            box.put("y1", region.box().y1());
            box.put("x2", region.box().x2());
            box.put("y2", region.box().y2());
            box.put("convention", region.box().convention().name().toLowerCase(Locale.ROOT));
        } else {
            Evidence.FrameRange range = (Evidence.FrameRange) evidence;
            node.put("type", "frameRange");
            node.put("first", range.first());
            node.put("last", range.last());
        }
        return node;
    }

    static Evidence decodeEvidence(JsonNode json, String at) throws FormatException {
        ObjectNode node = object(json, at);
        String type = tag(node, at, EVIDENCE_TYPES);
        try {
            if (type.equals("region")) {
                rejectUnknown(node, REGION_FIELDS, at);
                String boxAt = path(at, "box");
                ObjectNode box = object(node.get("box"), boxAt);
                rejectUnknown(box, BOX_FIELDS, boxAt);
                Box value = new Box(number(box, "x1", boxAt), number(box, "y1", boxAt), number(box, "x2", boxAt),
                        number(box, "y2", boxAt), convention(text(box, "convention", boxAt), path(boxAt, "convention")));
                return new Evidence.Region(integer(node, "image", at), value);
            }
            rejectUnknown(node, FRAME_RANGE_FIELDS, at);
            return new Evidence.FrameRange(integer(node, "first", at), integer(node, "last", at));
        } catch (IllegalArgumentException e) {
            throw new FormatException(at, e.getMessage());
        }
    }

    static ObjectNode encodeContent(Content content) {
        ObjectNode node = NODES.objectNode();
        if (content instanceof Content.Text text) {
            node.put("type", "text");
            node.put("text", text.text());
        } else if (content instanceof Content.Image image) {
            node.put("type", "image");
            node.put("path", image.path());
        } else {
            node.put("type", "video");
            ((Content.Video) content).framePaths().forEach(node.putArray("frames")::add);
        }
        putExtras(node, content.extras());
        return node;
    }

    static Content decodeContent(JsonNode json, String at) throws FormatException {
        ObjectNode node = object(json, at);
        String type = tag(node, at, CONTENT_TYPES);
        return switch (type) {
            case "text" -> new Content.Text(text(node, "text", at), extras(node, TEXT_FIELDS, at));
            case "image" -> new Content.Image(text(node, "path", at), extras(node, IMAGE_FIELDS, at));
            default -> new Content.Video(textList(node, "frames", at), extras(node, VIDEO_FIELDS, at));
        };
    }

    private static String tag(ObjectNode node, String at, Set<String> allowed) throws FormatException {
        String type = text(node, "type", at);
        if (!allowed.contains(type)) {
            throw new FormatException(path(at, "type"),
                    "type '" + type + "' is not one of " + new java.util.TreeSet<>(allowed));
        }
        return type;
    }

    private static BoxConvention convention(String name, String at) throws FormatException {
        for (BoxConvention convention : BoxConvention.values()) {
            if (convention.name().toLowerCase(Locale.ROOT).equals(name)) {
                return convention;
            }
        }
        throw new FormatException(at, "unknown box convention '" + name
                + "' (expected normalized, original_pixels or model_input_pixels)");
    }

    /**
     * Media and evidence have no extras slot in the domain, so in schema 1 their field sets are
     * closed: an unknown field is refused (the record becomes a finding) rather than silently
     * dropped. A build that adds fields there must raise the record schema.
     */
    private static void rejectUnknown(ObjectNode node, Set<String> known, String at) throws FormatException {
        var names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new FormatException(path(at, name), "unknown field '" + name
                        + "' (this build cannot keep it here; expected only " + new java.util.TreeSet<>(known) + ")");
            }
        }
    }
}
