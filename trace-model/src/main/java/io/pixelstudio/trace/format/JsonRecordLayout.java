package io.pixelstudio.trace.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * How a file of JSON records is laid out: one JSON list ({@code [ {...}, ... ]}) or JSON lines (one
 * record per line). Training code accepts both for the same data, so formats detect the layout from
 * the first non-blank character instead of trusting the extension.
 */
public enum JsonRecordLayout {
    /** One JSON array holding every record. */
    LIST,
    /** One JSON object per line. */
    LINES;

    private static final int SNIFF_BYTES = 4096;

    /**
     * The layout of {@code path} from its first non-blank character ({@code [} or {@code {}), or
     * empty when the file starts with something else, is empty, or cannot be read.
     */
    public static Optional<JsonRecordLayout> sniff(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(SNIFF_BYTES);
            String text = new String(head, StandardCharsets.UTF_8);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\uFEFF' || Character.isWhitespace(c)) {
                    continue;
                }
                if (c == '[') {
                    return Optional.of(LIST);
                }
                if (c == '{') {
                    return Optional.of(LINES);
                }
                return Optional.empty();
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The layout of {@code path} when it is a file of JSON records: a regular file named
     * {@code *.json} or {@code *.jsonl} (any case) whose first non-blank character is {@code [} or
     * {@code {}; empty otherwise. This is the one test of "a record file the streaming index
     * ({@code io.pixelstudio.trace.index.TraceFile}) can open", used by format detection and by
     * {@link TraceFormat#isIndexable(Path)}.
     */
    public static Optional<JsonRecordLayout> detect(Path path) {
        if (path == null || !hasJsonName(path) || !Files.isRegularFile(path)) {
            return Optional.empty();
        }
        return sniff(path);
    }

    /** True when {@code path} is named {@code *.json} or {@code *.jsonl} (any case). */
    public static boolean hasJsonName(Path path) {
        Path name = path.getFileName();
        if (name == null) {
            return false;
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        return lower.endsWith(".json") || lower.endsWith(".jsonl");
    }

    /** The layout a file named like {@code path} is written in: lines for {@code .jsonl}, a list otherwise. */
    public static JsonRecordLayout forOutput(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") ? LINES : LIST;
    }
}
