package io.pixelstudio.trace.validate;

import java.util.Objects;

/**
 * One problem found in a data file, with a stable rule id (for filtering and tests), where it is,
 * and a message a researcher can act on.
 */
public record Finding(Severity severity, String rule, Location location, String message) {

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return severity + " " + location + ": " + message + " [" + rule + "]";
    }
}
