package io.pixelstudio.trace.format.export;

import java.io.IOException;
import java.util.Objects;

/**
 * A trace that cannot be exported faithfully (no turns, or text that already contains the
 * target format's media placeholder). Names the trace, and the turn where it applies, so the user
 * can fix or exclude it; nothing is written when it is thrown.
 */
public class ExportException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String traceId;

    public ExportException(String traceId, String message) {
        super("trace " + traceId + ": " + message);
        this.traceId = Objects.requireNonNull(traceId, "traceId");
    }

    /** The trace that could not be exported. */
    public String traceId() {
        return traceId;
    }
}
