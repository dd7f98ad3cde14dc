package io.pixelstudio.app.launch;

/**
 * Why the studio cannot start on what it was given (a bad project link, wrong arguments); the
 * launcher prints the message, which names the file and field, and exits with status 2.
 */
public final class LaunchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LaunchException(String message) {
        super(message);
    }
}
