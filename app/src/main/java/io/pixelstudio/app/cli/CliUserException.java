package io.pixelstudio.app.cli;

/** A problem with what the user asked for (unknown trace id, turn out of range), reported in one line. */
final class CliUserException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CliUserException(String message) {
        super(message);
    }
}
