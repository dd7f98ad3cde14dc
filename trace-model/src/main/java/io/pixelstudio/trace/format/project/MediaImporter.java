package io.pixelstudio.trace.format.project;

import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.AtomicFiles;
import io.pixelstudio.trace.format.TraceMediaPaths;
import io.pixelstudio.trace.media.MediaPathException;
import io.pixelstudio.trace.media.MediaResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Copies the media a trace references into the project's media folder and rewrites the paths
 * relative to the project, so a project folder can be moved or shared as a whole. Paths are
 * resolved by {@link MediaResolver} against the media base, so the studio has one rule for which
 * files a data file may reach.
 *
 * <ul>
 *   <li>A relative path keeps its sub-folders under the media folder ({@code frames/v1/3.jpg} →
 *       {@code media/frames/v1/3.jpg}); one that already starts with the media folder keeps its
 *       place. Absolute paths go to the media folder by file name.</li>
 *   <li>A relative path that climbs out of the media base ({@code ../x.jpg}, or through a symbolic
 *       link) is refused with a {@link MediaImportException} naming the trace and field;
 *       {@link #check} finds these before anything is copied or written.</li>
 *   <li>A file already in place with the same bytes is reused; a <em>different</em> file of the
 *       same name is never overwritten — the new one gets a {@code -2}, {@code -3}, … suffix.</li>
 *   <li>A referenced file that does not exist (RL dumps share one placeholder path for frames) is
 *       not an error: the path is kept, made absolute against the media base so it still points at
 *       the same place, and listed in {@link SaveReport#missingMedia()}.</li>
 *   <li>URLs ({@code scheme://…}) are kept as written.</li>
 * </ul>
 */
final class MediaImporter {

    private static final Logger LOG = LoggerFactory.getLogger(MediaImporter.class);

    private final Path projectDir;
    private final String mediaFolder;
    private final MediaResolver resolver;
    private final Map<Path, String> imported = new HashMap<>();
    private final Set<String> missing = new LinkedHashSet<>();
    private int copied;
    private int reused;

    MediaImporter(Path projectDir, String mediaFolder, Path mediaBase) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.mediaFolder = Objects.requireNonNull(mediaFolder, "mediaFolder");
        this.resolver = new MediaResolver(mediaBase);
    }

    /**
     * Refuses {@code trace} when one of its media paths may not be imported, without copying.
     *
     * @throws MediaImportException naming the trace and the field of the first refused path
     */
    void check(Trace trace) throws IOException {
        TraceMediaPaths.map(trace, (field, written) -> {
            locate(trace.id(), field, written);
            return written;
        });
    }

    /** {@code trace} with every media path imported. */
    Trace rewrite(Trace trace) throws IOException {
        return TraceMediaPaths.map(trace, (field, written) -> importPath(trace.id(), field, written));
    }

    SaveReport report() {
        return new SaveReport(copied, reused, List.copyOf(missing));
    }

    /**
     * The file {@code written} names, or {@code null} for a path that is kept as written (empty,
     * a URL, or not a valid path on this system).
     */
    private Path locate(String traceId, String field, String written) throws MediaImportException {
        try {
            return resolver.resolveLocal(written).orElse(null);
        } catch (MediaPathException e) {
            throw new MediaImportException(traceId, field, e.getMessage() + "; nothing was saved");
        }
    }

    private String importPath(String traceId, String field, String written) throws IOException {
        Path source = locate(traceId, field, written);
        if (source == null) {
            if (!written.isEmpty() && !written.contains("://")) {
                missing.add(written);
            }
            return written;
        }
        String done = imported.get(source);
        if (done != null) {
            return done;
        }
        String result;
        if (!Files.isRegularFile(source)) {
            LOG.warn("media file {} (written as '{}') does not exist; keeping its absolute path", source, written);
            missing.add(written);
            result = source.toString();
        } else {
            result = place(source, wantedName(written, source));
        }
        imported.put(source, result);
        return result;
    }

    private String wantedName(String written, Path source) {
        Path asWritten = Path.of(written).normalize();
        if (asWritten.isAbsolute() || asWritten.getNameCount() == 0) {
            return mediaFolder + "/" + source.getFileName();
        }
        String relative = asWritten.toString().replace('\\', '/');
        return relative.startsWith(mediaFolder + "/") ? relative : mediaFolder + "/" + relative;
    }

    private String place(Path source, String wanted) throws IOException {
        String candidate = wanted;
        for (int n = 2; ; n++) {
            Path target = projectDir.resolve(candidate);
            if (!Files.exists(target)) {
                AtomicFiles.copyNew(source, target);
                copied++;
                return candidate;
            }
            if (Files.isSameFile(source, target) || Files.mismatch(source, target) == -1L) {
                reused++;
                return candidate;
            }
            candidate = withSuffix(wanted, n);
        }
    }

    private static String withSuffix(String name, int n) {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        if (dot <= slash + 1) {
            return name + "-" + n;
        }
        return name.substring(0, dot) + "-" + n + name.substring(dot);
    }
}
