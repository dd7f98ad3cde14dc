package io.pixelstudio.trace.validate;

import io.pixelstudio.trace.media.ImageSize;
import io.pixelstudio.trace.media.MediaPathException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks each media path of one trace once: refused (escapes the dataset folder), missing, or
 * present; remembers the outcome so operation rules can read the header of a crop's target.
 */
final class MediaCheck {

    private final MediaInspector inspector;
    private final MediaLocator locator;
    private final Location trace;
    private final List<Finding> out;
    private final Map<String, Optional<Path>> files = new HashMap<>();
    private final Map<String, Optional<ImageSize>> sizes = new HashMap<>();

    MediaCheck(MediaInspector inspector, MediaLocator locator, Location trace, List<Finding> out) {
        this.inspector = inspector;
        this.locator = locator;
        this.trace = trace;
        this.out = out;
    }

    /** Checks {@code written} (found at {@code turn}/{@code field}); -1 for a trace-level field. */
    void check(String written, int turn, String field) {
        if (files.containsKey(written)) {
            return;
        }
        Location where = turn < 0 ? trace.atField(field) : trace.atTurn(turn).atField(field);
        Path file;
        try {
            file = locator.resolve(written);
        } catch (MediaPathException e) {
            out.add(Rule.MEDIA_PATH_ESCAPES.finding(where, "media path '" + written + "' refused: " + e.getMessage()));
            files.put(written, Optional.empty());
            return;
        }
        if (!inspector.exists(file)) {
            out.add(Rule.MEDIA_MISSING.finding(where, "media file not found: '" + written + "' (looked for " + file + ")"));
            files.put(written, Optional.empty());
            return;
        }
        files.put(written, Optional.of(file));
    }

    /** The header size of an existing image, or empty (reported once as unreadable). */
    Optional<ImageSize> size(String written, Location where) {
        Optional<Path> file = files.getOrDefault(written, Optional.empty());
        if (file.isEmpty()) {
            return Optional.empty();
        }
        return sizes.computeIfAbsent(written, w -> {
            try {
                return Optional.of(inspector.imageSize(file.get()));
            } catch (IOException e) {
                out.add(Rule.MEDIA_UNREADABLE.finding(where, "cannot read the size of '" + w + "': " + e.getMessage()));
                return Optional.empty();
            }
        });
    }
}
