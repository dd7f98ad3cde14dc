package io.pixelstudio.trace.format.export;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes media paths according to {@link ExportOptions.MediaPathMode}: as written, or resolved
 * against the media base (absolute paths and URLs stay as they are).
 */
final class ExportMedia {

    private final ExportOptions.MediaPathMode mode;
    private final Path mediaBase;

    ExportMedia(ExportOptions.MediaPathMode mode, Path mediaBase) {
        this.mode = Objects.requireNonNull(mode, "mode");
        if (mode == ExportOptions.MediaPathMode.ABSOLUTE) {
            Objects.requireNonNull(mediaBase, "mediaBase is needed to write absolute media paths");
        }
        this.mediaBase = mediaBase == null ? null : mediaBase.toAbsolutePath().normalize();
    }

    String path(String written) {
        if (mode == ExportOptions.MediaPathMode.AS_WRITTEN || written.isEmpty() || written.contains("://")) {
            return written;
        }
        try {
            return mediaBase.resolve(written).normalize().toString();
        } catch (InvalidPathException e) {
            return written;
        }
    }
}
