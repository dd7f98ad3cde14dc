package io.pixelstudio.trace.format;

import java.util.Objects;

/**
 * A record that does not match its format. Carries the field path inside the record (for example
 * {@code message_list[1].content[0]}) so the error can be located; the caller adds file and line.
 */
public class FormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String field;

    public FormatException(String field, String message) {
        super(message);
        this.field = Objects.requireNonNull(field, "field");
    }

    /** Field path inside the record, empty for the record as a whole. */
    public String field() {
        return field;
    }
}
