package io.pixelstudio.bridge.cluster;

/** A submission the scheduler refused or that could not be made (tool missing, unreadable answer). */
public final class SubmitException extends Exception {

    public SubmitException(String message) {
        super(message);
    }

    public SubmitException(String message, Throwable cause) {
        super(message, cause);
    }
}
