package io.pixelstudio.trace.media;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A media file that cannot be read: missing, truncated, corrupt, of an unsupported format, or
 * refused by a safety limit. The message always names the file, because the user has to find it
 * among thousands in a dataset folder.
 */
public class MediaDecodeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public MediaDecodeException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = Objects.requireNonNull(file, "file");
    }

    public MediaDecodeException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = Objects.requireNonNull(file, "file");
    }

    /** The file that could not be read. */
    public Path file() {
        return file;
    }
}
