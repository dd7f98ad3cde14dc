package io.pixelstudio.trace.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
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

    /** How many leading bytes are looked at: leading blanks beyond this are not a record file. */
    public static final int HEAD_BYTES = 64 * 1024;

    /**
     * The layout of {@code path} from its first non-blank character ({@code [} or {@code {}), or
     * empty when the file starts with something else, is empty, or cannot be read.
     */
    public static Optional<JsonRecordLayout> sniff(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(HEAD_BYTES);
            return fromHead(head, head.length);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The layout the first {@code length} bytes of a file announce: after an optional UTF-8
     * byte-order mark and JSON whitespace (space, tab, CR, LF), {@code [} is a list and {@code {}
     * is JSON lines; anything else (or nothing) gives empty. This is the one place both format
     * detection and the streaming index ({@code io.pixelstudio.trace.index.TraceFile}) decide it.
     */
    public static Optional<JsonRecordLayout> fromHead(byte[] head, int length) {
        Objects.requireNonNull(head, "head");
        for (int i = bomLength(head, length); i < length; i++) {
            byte b = head[i];
            if (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
                continue;
            }
            if (b == '[') {
                return Optional.of(LIST);
            }
            return b == '{' ? Optional.of(LINES) : Optional.empty();
        }
        return Optional.empty();
    }

    /** 3 when the first {@code length} bytes of {@code head} start with a UTF-8 byte-order mark, else 0. */
    public static int bomLength(byte[] head, int length) {
        return length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
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
