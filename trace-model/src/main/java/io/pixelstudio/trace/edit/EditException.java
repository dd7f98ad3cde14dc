package io.pixelstudio.trace.edit;

/**
 * An edit that does not apply to the trace it was given. Checked, because the caller (a view
 * model) must show the message and leave the trace and the history as they were.
 */
public final class EditException extends Exception {

    public EditException(String message) {
        super(message);
    }

    public EditException(String message, Throwable cause) {
        super(message, cause);
    }
}
