package io.pixelstudio.trace.format.export;

import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.TraceMediaPaths;
import io.pixelstudio.trace.media.MediaPathException;
import io.pixelstudio.trace.media.MediaResolver;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes media paths according to {@link ExportOptions.MediaPathMode}: as written, or resolved by
 * {@link MediaResolver} against the media base (absolute paths, URLs, empty and invalid paths stay
 * as they are). A relative path that escapes the media base is refused with an
 * {@link ExportException} naming the trace and the field, as a project save refuses it: an export
 * must not point a trainer at files outside the folder the user opened.
 */
final class ExportMedia {

    private final ExportOptions.MediaPathMode mode;
    private final MediaResolver resolver;

    ExportMedia(ExportOptions.MediaPathMode mode, Path mediaBase) {
        this.mode = Objects.requireNonNull(mode, "mode");
        if (mode == ExportOptions.MediaPathMode.ABSOLUTE) {
            Objects.requireNonNull(mediaBase, "mediaBase is needed to write absolute media paths");
        }
        this.resolver = mediaBase == null ? null : new MediaResolver(mediaBase);
    }

    /**
     * {@code trace} with its media paths as the export writes them.
     *
     * @throws ExportException when a relative path escapes the media base
     */
    Trace apply(Trace trace) throws ExportException {
        if (mode == ExportOptions.MediaPathMode.AS_WRITTEN) {
            return trace;
        }
        return TraceMediaPaths.map(trace, (field, written) -> absolute(trace.id(), field, written));
    }

    private String absolute(String traceId, String field, String written) throws ExportException {
        try {
            return resolver.resolveLocal(written).map(Path::toString).orElse(written);
        } catch (MediaPathException e) {
            throw new ExportException(traceId, field, e.getMessage() + "; nothing was written");
        }
    }
}
