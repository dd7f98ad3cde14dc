package io.pixelstudio.trace.rollout.importer;

import java.util.Objects;

/** A line of a dump that cannot become a rollout, with the field at fault (empty for the whole line). */
final class RolloutLineException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String field;

    RolloutLineException(String field, String message) {
        super(message);
        this.field = Objects.requireNonNull(field, "field");
    }

    String field() {
        return field;
    }
}
