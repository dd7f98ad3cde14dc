package io.pixelstudio.trace.index;

import io.pixelstudio.trace.format.FormatException;
import io.pixelstudio.trace.validate.Finding;
import io.pixelstudio.trace.validate.Location;
import io.pixelstudio.trace.validate.Rule;

import java.util.Objects;

/**
 * A {@link FormatException} that also knows the file and line of the record, so a caller can show
 * {@code file:line field: message} without having to look the record up again.
 */
public final class LocatedFormatException extends FormatException {

    private static final long serialVersionUID = 1L;

    private final transient Location location;
    private final String reason;

    public LocatedFormatException(Location location, FormatException cause) {
        super(cause.field(), describe(location, cause));
        this.location = Objects.requireNonNull(location, "location");
        this.reason = cause.getMessage();
        initCause(cause);
    }

    private static String describe(Location location, FormatException cause) {
        return Objects.requireNonNull(location, "location") + ": " + cause.getMessage();
    }

    /** File, line, trace id when known, and field. */
    public Location location() {
        return location;
    }

    /** The codec's message without the location. */
    public String reason() {
        return reason;
    }

    /** This error as a {@link Rule#RECORD_FORMAT} finding. */
    public Finding toFinding() {
        return Rule.RECORD_FORMAT.finding(location, "record does not match the format: " + reason);
    }
}
