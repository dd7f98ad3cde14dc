package io.pixelstudio.trace.format.project;

import java.util.Objects;

/**
 * A line of {@code traces.jsonl} that did not load, kept verbatim so that saving the project again
 * does not silently delete it (a hand-edit gone wrong, or a record from a newer schema).
 */
public record UnreadableLine(long line, String text) {

    public UnreadableLine {
        Objects.requireNonNull(text, "text");
    }
}
