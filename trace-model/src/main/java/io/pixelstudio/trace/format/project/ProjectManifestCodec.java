package io.pixelstudio.trace.format.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.Extras;
import io.pixelstudio.trace.ops.PixelBounds;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and writes {@code project.json}. The version is checked before anything else, so a project
 * from a newer studio is refused with a message naming the file and both versions instead of
 * failing on some field that moved.
 */
public final class ProjectManifestCodec {

    private static final Set<String> KNOWN = Set.of("version", "name", "created", "modified", "mediaFolder",
            "pixelBounds", "savedViews");

    private final ObjectMapper mapper = StudioJson.newMapper();

    /**
     * Reads a {@code project.json}.
     *
     * @throws ProjectFormatException when the file is not valid JSON, has no version, a version this
     *                                build cannot read, or a malformed field
     */
    public ProjectManifest read(Path file) throws IOException {
        JsonNode root;
        try {
            root = mapper.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            throw new ProjectFormatException(file, "not valid JSON: " + e.getOriginalMessage()
                    + locationOf(e), e);
        }
        if (root == null || !root.isObject()) {
            throw new ProjectFormatException(file, "expected a JSON object at the top level");
        }
        checkVersion(file, root.get("version"));
        try {
            return new ProjectManifest(text(file, root, "name"), instant(file, root, "created"),
                    instant(file, root, "modified"), text(file, root, "mediaFolder"), bounds(file, root),
                    savedViews(file, root), extras((ObjectNode) root));
        } catch (IllegalArgumentException e) {
            throw new ProjectFormatException(file, e.getMessage(), e);
        }
    }

    /** Writes {@code manifest} as pretty-printed JSON ending in a newline. */
    public void write(ProjectManifest manifest, OutputStream out) throws IOException {
        ObjectNode root = mapper.createObjectNode();
        root.put("version", ProjectManifest.VERSION);
        root.put("name", manifest.name());
        root.put("created", manifest.created().toString());
        root.put("modified", manifest.modified().toString());
        root.put("mediaFolder", manifest.mediaFolder());
        if (manifest.pixelBounds().isPresent()) {
            ObjectNode bounds = root.putObject("pixelBounds");
            bounds.put("minPixels", manifest.pixelBounds().get().minPixels());
            bounds.put("maxPixels", manifest.pixelBounds().get().maxPixels());
        } else {
            root.putNull("pixelBounds");
        }
        manifest.savedViews().forEach(root.putArray("savedViews")::add);
        root.setAll(manifest.extras().toObjectNode());
        String json = mapper.writer(StudioJson.prettyPrinter()).writeValueAsString(root);
        out.write((json + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void checkVersion(Path file, JsonNode version) throws ProjectFormatException {
        if (version == null || version.isNull()) {
            throw new ProjectFormatException(file, "no \"version\" field; this build reads project version "
                    + ProjectManifest.VERSION + " (is this a studio project.json?)");
        }
        if (!version.isIntegralNumber() || !version.canConvertToInt()) {
            throw new ProjectFormatException(file, "\"version\" must be a whole number, found " + version
                    + "; this build reads project version " + ProjectManifest.VERSION);
        }
        int found = version.intValue();
        if (found > ProjectManifest.VERSION) {
            throw new ProjectFormatException(file, "project version " + found + " was written by a newer studio; "
                    + "this build reads project version " + ProjectManifest.VERSION + " only. Update the studio to open it.");
        }
        if (found < ProjectManifest.VERSION) {
            throw new ProjectFormatException(file, "project version " + found + " is not a version any studio wrote; "
                    + "this build reads project version " + ProjectManifest.VERSION);
        }
    }

    private static String text(Path file, JsonNode root, String name) throws ProjectFormatException {
        JsonNode node = root.get(name);
        if (node == null || !node.isTextual()) {
            throw new ProjectFormatException(file, "field \"" + name + "\" must be a string, found "
                    + JsonFields.describe(node));
        }
        return node.textValue();
    }

    private static Instant instant(Path file, JsonNode root, String name) throws ProjectFormatException {
        String value = text(file, root, name);
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new ProjectFormatException(file, "field \"" + name + "\" is not an ISO-8601 instant such as "
                    + "2025-01-31T12:00:00Z: '" + value + "'", e);
        }
    }

    private static Optional<PixelBounds> bounds(Path file, JsonNode root) throws ProjectFormatException {
        JsonNode node = root.get("pixelBounds");
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        JsonNode min = node.get("minPixels");
        JsonNode max = node.get("maxPixels");
        if (!node.isObject() || min == null || max == null || !min.isIntegralNumber() || !max.isIntegralNumber()
                || node.size() != 2) {
            throw new ProjectFormatException(file, "field \"pixelBounds\" must be null or "
                    + "{\"minPixels\": whole number, \"maxPixels\": whole number}, found " + node);
        }
        try {
            return Optional.of(new PixelBounds(min.longValue(), max.longValue()));
        } catch (IllegalArgumentException e) {
            throw new ProjectFormatException(file, "field \"pixelBounds\": " + e.getMessage(), e);
        }
    }

    private static List<JsonNode> savedViews(Path file, JsonNode root) throws ProjectFormatException {
        JsonNode node = root.get("savedViews");
        if (node == null || !node.isArray()) {
            throw new ProjectFormatException(file, "field \"savedViews\" must be an array, found "
                    + JsonFields.describe(node));
        }
        List<JsonNode> views = new ArrayList<>();
        node.forEach(views::add);
        return views;
    }

    private static Extras extras(ObjectNode root) {
        ObjectNode unknown = root.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!KNOWN.contains(field.getKey())) {
                unknown.set(field.getKey(), field.getValue());
            }
        }
        return Extras.of(unknown);
    }

    private static String locationOf(JsonProcessingException e) {
        if (e.getLocation() == null) {
            return "";
        }
        return " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }
}
