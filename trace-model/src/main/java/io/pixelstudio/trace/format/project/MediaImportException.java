package io.pixelstudio.trace.format.project;

import java.io.IOException;
import java.util.Objects;

/**
 * A media path a trace references that a project save refuses to import, typically a relative
 * path that climbs out of the dataset folder ({@code ../../home/user/.ssh/id_rsa}). Copying it would
 * pull a file from outside the folder the user opened into a project that may be shared, so the
 * save stops before anything is written and names the trace and the field, for example
 * {@code turns[2].content[1].path}.
 */
public class MediaImportException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String traceId;
    private final String field;

    public MediaImportException(String traceId, String field, String message) {
        super("trace " + traceId + ", " + field + ": " + message);
        this.traceId = Objects.requireNonNull(traceId, "traceId");
        this.field = Objects.requireNonNull(field, "field");
    }

    /** The trace whose media path was refused. */
    public String traceId() {
        return traceId;
    }

    /** The field path of the refused path inside the trace, as written in {@code traces.jsonl}. */
    public String field() {
        return field;
    }
}
