package io.pixelstudio.trace.synth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import io.pixelstudio.trace.media.MediaPathException;
import io.pixelstudio.trace.media.MediaResolver;
import io.pixelstudio.trace.validate.Finding;
import io.pixelstudio.trace.validate.Location;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the annotation JSONL synthesis starts from (format in {@code docs/synthesis.md}): one object
 * per line with {@code image} (or {@code video} / {@code frames}), {@code box} + {@code box_units}
 * (or {@code evidence_frames}), {@code question}, {@code answer}, optional {@code id} and
 * {@code choices}. Relative media paths are resolved against a media base folder (by default the
 * file's folder) and may not climb out of it. A bad line becomes a finding naming file, line and
 * field and is skipped; the batch always goes on.
 */
public final class AnnotatedItemReader {

    /** Value of {@code box_units} for a box in pixels of the original image. */
    public static final String PIXELS = "pixels";
    /** Value of {@code box_units} for a box in fractions of the image's width and height. */
    public static final String NORMALIZED = "normalized";
    private static final int MAX_CHOICES = 26;

    private final ObjectMapper mapper = new ObjectMapper();

    /** Reads {@code file}, resolving media against the file's folder. */
    public ItemReadResult read(Path file) throws IOException {
        return read(file, file.toAbsolutePath().getParent());
    }

    /** Reads {@code file}, resolving relative media paths against {@code mediaBase}. */
    public ItemReadResult read(Path file, Path mediaBase) throws IOException {
        Objects.requireNonNull(file, "file");
        MediaResolver resolver = new MediaResolver(Objects.requireNonNull(mediaBase, "mediaBase"));
        String stem = stem(file);
        List<AnnotatedItem> items = new ArrayList<>();
        List<Finding> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text;
            long line = 0;
            while ((text = reader.readLine()) != null) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                Location at = Location.ofFile(file).atLine(line);
                try {
                    AnnotatedItem item = parse(text, at, stem + "-" + line, resolver);
                    if (!ids.add(item.id())) {
                        throw new ItemException("id", "duplicate id '" + item.id() + "' (used on an earlier line)");
                    }
                    items.add(item);
                } catch (ItemException e) {
                    Location where = e.field == null ? at : at.atField(e.field);
                    problems.add(SynthesisRules.ITEM_INVALID.finding(where, e.getMessage() + "; line skipped"));
                }
            }
        }
        return new ItemReadResult(items, problems);
    }

    private AnnotatedItem parse(String text, Location at, String defaultId, MediaResolver resolver) throws ItemException {
        JsonNode node;
        try {
            node = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ItemException(null, "not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new ItemException(null, "expected a JSON object");
        }
        String id = node.has("id") ? scalarText(node, "id") : defaultId;
        String question = requiredText(node, "question");
        String answer = scalarText(node, "answer");
        List<String> choices = choices(node);
        AnnotatedMedia media = media(node, resolver);
        try {
            if (media instanceof AnnotatedMedia.Image image) {
                if (node.has("evidence_frames")) {
                    throw new ItemException("evidence_frames", "an image item takes 'box', not 'evidence_frames'");
                }
                return AnnotatedItem.image(id, at, image, box(node), question, answer, choices);
            }
            if (node.has("box")) {
                throw new ItemException("box", "a video item takes 'evidence_frames', not 'box'");
            }
            return AnnotatedItem.video(id, at, media, frames(node), question, answer, choices);
        } catch (IllegalArgumentException e) {
            throw new ItemException(null, e.getMessage());
        }
    }

    private static AnnotatedMedia media(JsonNode node, MediaResolver resolver) throws ItemException {
        List<String> present = new ArrayList<>();
        for (String key : List.of("image", "video", "frames")) {
            if (node.has(key)) {
                present.add(key);
            }
        }
        if (present.size() != 1) {
            throw new ItemException(null, "exactly one of 'image', 'video', 'frames' is needed, found " + present);
        }
        String key = present.get(0);
        JsonNode value = node.get(key);
        if (key.equals("frames") && value.isArray()) {
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                if (!value.get(i).isTextual()) {
                    throw new ItemException("frames[" + i + "]", "a frame path must be a string");
                }
                files.add(resolve(resolver, value.get(i).asText(), "frames[" + i + "]"));
            }
            if (files.isEmpty()) {
                throw new ItemException("frames", "the frame list is empty");
            }
            return new AnnotatedMedia.FrameFiles(files);
        }
        if (!value.isTextual()) {
            throw new ItemException(key, "expected a path string");
        }
        Path path = resolve(resolver, value.asText(), key);
        return switch (key) {
            case "image" -> new AnnotatedMedia.Image(path);
            case "video" -> new AnnotatedMedia.VideoFile(path);
            default -> new AnnotatedMedia.FrameFolder(path);
        };
    }

    private static Path resolve(MediaResolver resolver, String written, String field) throws ItemException {
        try {
            return resolver.resolve(written).toAbsolutePath().normalize();
        } catch (MediaPathException e) {
            throw new ItemException(field, e.getMessage());
        }
    }

    private static Box box(JsonNode node) throws ItemException {
        JsonNode box = node.get("box");
        if (box == null || !box.isArray() || box.size() != 4) {
            throw new ItemException("box", "an image item needs 'box': [x1, y1, x2, y2]");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            if (!box.get(i).isNumber() || !Double.isFinite(box.get(i).asDouble())) {
                throw new ItemException("box[" + i + "]", "expected a finite number, got " + box.get(i));
            }
            v[i] = box.get(i).asDouble();
        }
        JsonNode units = node.get("box_units");
        if (units == null || !units.isTextual()) {
            throw new ItemException("box_units", "'box_units' is required with a box: \"" + PIXELS + "\" or \"" + NORMALIZED + "\"");
        }
        BoxConvention convention = switch (units.asText()) {
            case PIXELS -> BoxConvention.ORIGINAL_PIXELS;
            case NORMALIZED -> BoxConvention.NORMALIZED;
            default -> throw new ItemException("box_units", "unknown box_units '" + units.asText()
                    + "' (expected \"" + PIXELS + "\" or \"" + NORMALIZED + "\")");
        };
        if (v[0] < 0 || v[1] < 0 || v[2] <= v[0] || v[3] <= v[1]) {
            throw new ItemException("box", "the box must have 0 <= x1 < x2 and 0 <= y1 < y2");
        }
        if (convention == BoxConvention.NORMALIZED && (v[2] > 1 || v[3] > 1)) {
            throw new ItemException("box", "a normalized box has values within [0, 1]");
        }
        return new Box(v[0], v[1], v[2], v[3], convention);
    }

    private static List<Integer> frames(JsonNode node) throws ItemException {
        JsonNode frames = node.get("evidence_frames");
        if (frames == null || !frames.isArray() || frames.isEmpty()) {
            throw new ItemException("evidence_frames", "a video item needs 'evidence_frames': [n, ...] (1-based)");
        }
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) {
            JsonNode n = frames.get(i);
            if (!n.canConvertToInt() || !n.isIntegralNumber() || n.asInt() < 1) {
                throw new ItemException("evidence_frames[" + i + "]", "expected a frame number >= 1, got " + n);
            }
            numbers.add(n.asInt());
        }
        return numbers.stream().distinct().sorted().toList();
    }

    private static List<String> choices(JsonNode node) throws ItemException {
        JsonNode choices = node.get("choices");
        if (choices == null || choices.isNull()) {
            return List.of();
        }
        if (!choices.isArray() || choices.size() > MAX_CHOICES) {
            throw new ItemException("choices", "expected a list of at most " + MAX_CHOICES + " strings");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            if (!choices.get(i).isValueNode() || choices.get(i).isNull()) {
                throw new ItemException("choices[" + i + "]", "expected a string");
            }
            out.add(choices.get(i).asText());
        }
        return out;
    }

    private static String requiredText(JsonNode node, String field) throws ItemException {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new ItemException(field, "'" + field + "' must be a non-empty string");
        }
        return value.asText();
    }

    private static String scalarText(JsonNode node, String field) throws ItemException {
        JsonNode value = node.get(field);
        if (value == null || !(value.isTextual() || value.isNumber()) || value.asText().isBlank()) {
            throw new ItemException(field, "'" + field + "' must be a non-empty string or a number");
        }
        return value.asText();
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** A line that cannot be used, with the field at fault (null for the whole line). */
    private static final class ItemException extends Exception {
        private static final long serialVersionUID = 1L;
        private final String field;

        ItemException(String field, String message) {
            super(message);
            this.field = field;
        }
    }
}
