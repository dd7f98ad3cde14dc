package io.pixelstudio.trace.media;

/** A media path that the studio refuses to follow (it escapes the dataset folder, or is empty). */
public class MediaPathException extends Exception {

    private static final long serialVersionUID = 1L;

    public MediaPathException(String message) {
        super(message);
    }
}
