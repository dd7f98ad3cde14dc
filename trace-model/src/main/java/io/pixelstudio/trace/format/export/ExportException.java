package io.pixelstudio.trace.format.export;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * A trace that cannot be exported faithfully (no turns, text that already contains the target
 * format's media placeholder, or a media path that escapes the media base). Names the trace, and
 * the turn or field where it applies, so the user can fix or exclude it; nothing is written when
 * it is thrown.
 */
public class ExportException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String traceId;
    private final String field;

    public ExportException(String traceId, String message) {
        super("trace " + traceId + ": " + message);
        this.traceId = Objects.requireNonNull(traceId, "traceId");
        this.field = null;
    }

    /** A refusal located at {@code field} of the trace, e.g. {@code turns[2].content[1].path}. */
    public ExportException(String traceId, String field, String message) {
        super("trace " + traceId + ", " + field + ": " + message);
        this.traceId = Objects.requireNonNull(traceId, "traceId");
        this.field = Objects.requireNonNull(field, "field");
    }

    /** The trace that could not be exported. */
    public String traceId() {
        return traceId;
    }

    /** The field of the trace the refusal is about, when it is about one field. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
