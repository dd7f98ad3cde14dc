package io.pixelstudio.trace.format.project;

import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Media;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.format.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Copies the media a trace references into the project's media folder and rewrites the paths
 * relative to the project, so a project folder can be moved or shared as a whole.
 *
 * <ul>
 *   <li>A relative path keeps its sub-folders under the media folder ({@code frames/v1/3.jpg} →
 *       {@code media/frames/v1/3.jpg}); one that already starts with the media folder keeps its
 *       place. Absolute paths and paths that climb out of the base ({@code ../x.jpg}) go to the
 *       media folder by file name.</li>
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
    private final Path mediaBase;
    private final Map<Path, String> imported = new HashMap<>();
    private final Set<String> missing = new LinkedHashSet<>();
    private int copied;
    private int reused;

    MediaImporter(Path projectDir, String mediaFolder, Path mediaBase) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.mediaFolder = Objects.requireNonNull(mediaFolder, "mediaFolder");
        this.mediaBase = mediaBase.toAbsolutePath().normalize();
    }

    /** {@code trace} with every media path imported. */
    Trace rewrite(Trace trace) throws IOException {
        try {
            List<Media> media = new ArrayList<>();
            for (Media m : trace.media()) {
                if (m instanceof Media.Video video) {
                    media.add(new Media.Video(video.file() == null ? null : importPath(video.file()),
                            importAll(video.framePaths()), video.fps(), video.frameCount(), video.sampledIndices()));
                } else {
                    media.add(new Media.Image(importPath(((Media.Image) m).path())));
                }
            }
            List<Turn> turns = new ArrayList<>();
            for (Turn turn : trace.turns()) {
                List<Content> content = new ArrayList<>();
                for (Content c : turn.content()) {
                    if (c instanceof Content.Image image) {
                        content.add(new Content.Image(importPath(image.path()), image.extras()));
                    } else if (c instanceof Content.Video video) {
                        content.add(new Content.Video(importAll(video.framePaths()), video.extras()));
                    } else {
                        content.add(c);
                    }
                }
                turns.add(turn.withContent(content));
            }
            return new Trace(trace.id(), trace.source(), trace.question(), media, trace.answers(), trace.evidence(),
                    turns, trace.review(), trace.extras());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    SaveReport report() {
        return new SaveReport(copied, reused, List.copyOf(missing));
    }

    private List<String> importAll(List<String> paths) {
        List<String> result = new ArrayList<>(paths.size());
        paths.forEach(p -> result.add(importPath(p)));
        return result;
    }

    private String importPath(String written) {
        if (written.isEmpty() || written.contains("://")) {
            return written;
        }
        Path source;
        try {
            source = mediaBase.resolve(written).normalize();
        } catch (InvalidPathException e) {
            missing.add(written);
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
            try {
                result = place(source, wantedName(written, source));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        imported.put(source, result);
        return result;
    }

    private String wantedName(String written, Path source) {
        Path asWritten = Path.of(written).normalize();
        if (asWritten.isAbsolute() || asWritten.startsWith("..") || asWritten.getNameCount() == 0) {
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
