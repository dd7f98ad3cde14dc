package io.pixelstudio.trace.format.project;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A project file this build cannot open: a {@code project.json} that is malformed, lacks its
 * version, or has a version this build does not read. The message names the file and, where it
 * applies, the version found and the one expected.
 */
public class ProjectFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public ProjectFormatException(Path file, String message) {
        super(file + ": " + message);
        this.file = Objects.requireNonNull(file, "file");
    }

    public ProjectFormatException(Path file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = Objects.requireNonNull(file, "file");
    }

    /** The file that could not be read. */
    public Path file() {
        return file;
    }
}
