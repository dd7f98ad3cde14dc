package io.pixelstudio.trace.export;

import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.TraceMediaPaths;
import io.pixelstudio.trace.media.MediaPathException;
import io.pixelstudio.trace.media.MediaResolver;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Decides where each media file of the exported traces goes in the output folder, without writing
 * anything: a relative path keeps its place (so {@code media/crops/x.jpg} stays
 * {@code media/crops/x.jpg} beside the data files and the trace's paths need no rewriting); an
 * absolute one goes to {@code media/external/<hash>-<name>}. A trace whose media is missing or
 * escapes the document's folder cannot be trained on as written, so it is refused with the field
 * and path ({@link Refused}) and the export goes on without it. URLs are kept as written.
 */
final class MediaPlan {

    /** A trace left out, with the reason. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    private final MediaResolver resolver;
    private final Path base;
    /** Destination (relative, '/'-separated) → source file, in first-use order. */
    private final Map<String, Path> copies = new LinkedHashMap<>();

    MediaPlan(Path mediaBase) {
        this.base = Objects.requireNonNull(mediaBase, "mediaBase").toAbsolutePath().normalize();
        this.resolver = new MediaResolver(base);
    }

    /**
     * {@code trace} with its media paths as they will lie in the export folder; the files are added
     * to the copy list only when the whole trace is accepted.
     *
     * @throws Refused naming the field and path of the first missing or refused media file
     */
    Trace place(Trace trace) throws Refused {
        Map<String, Path> pending = new LinkedHashMap<>();
        Trace placed = TraceMediaPaths.map(trace, (field, written) -> destination(field, written, pending));
        for (Map.Entry<String, Path> e : pending.entrySet()) {
            Path earlier = copies.get(e.getKey());
            if (earlier != null && !earlier.equals(e.getValue())) {
                throw new Refused(field(e.getKey()) + " would overwrite " + e.getKey() + " taken from " + earlier);
            }
        }
        copies.putAll(pending);
        return placed;
    }

    /** Destination → source of every file to copy, in first-use order. */
    Map<String, Path> copies() {
        return copies;
    }

    private String destination(String field, String written, Map<String, Path> pending) throws Refused {
        Path file;
        try {
            var local = resolver.resolveLocal(written);
            if (local.isEmpty()) {
                return written;
            }
            file = local.get();
        } catch (MediaPathException e) {
            throw new Refused(field + ": " + e.getMessage());
        }
        if (!Files.isRegularFile(file)) {
            throw new Refused(field + ": media file not found: '" + written + "' (looked for " + file + ")");
        }
        String dest;
        if (Path.of(written).isAbsolute()) {
            dest = "media/external/" + shortHash(file.toString()) + "-" + file.getFileName();
        } else {
            dest = base.relativize(file).toString().replace('\\', '/');
        }
        pending.put(dest, file);
        return dest;
    }

    private static String field(String dest) {
        return "media " + dest;
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is a required JDK algorithm", e);
        }
    }
}
