package io.pixelstudio.trace.format.project;

import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.ReadResult;
import io.pixelstudio.trace.format.RecordCodec;
import io.pixelstudio.trace.format.TraceFormat;
import io.pixelstudio.trace.progress.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The studio project folder as a {@link TraceFormat} (id {@code studio-project}), so the command
 * line and the app open and save projects like any other format. Reading goes through
 * {@link StudioProject} rather than the record index because a project is a folder, not one file.
 */
public final class StudioProjectFormat implements TraceFormat {

    /** The format id. */
    public static final String ID = "studio-project";

    private static final Logger LOG = LoggerFactory.getLogger(StudioProjectFormat.class);

    private final StudioProject project;
    private final StudioTraceCodec codec = new StudioTraceCodec();

    /** For {@link java.util.ServiceLoader}: timestamps from the system clock, in UTC. */
    public StudioProjectFormat() {
        this(Clock.systemUTC());
    }

    public StudioProjectFormat(Clock clock) {
        this.project = new StudioProject(Objects.requireNonNull(clock, "clock"));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Studio project folder (project.json + traces.jsonl + media/)";
    }

    @Override
    public boolean canRead(Path path) {
        if (path == null) {
            return false;
        }
        if (Files.isDirectory(path)) {
            return Files.isRegularFile(path.resolve(StudioProject.MANIFEST));
        }
        return path.getFileName() != null && path.getFileName().toString().equals(StudioProject.MANIFEST)
                && Files.isRegularFile(path);
    }

    @Override
    public RecordCodec codec() {
        return codec;
    }

    /**
     * Always false: a project is read through {@link StudioProject} (manifest, kept unreadable
     * lines, media folder), never by indexing {@code project.json} as if it held trace records.
     */
    @Override
    public boolean isIndexable(Path path) {
        return false;
    }

    @Override
    public ReadResult read(Path path, ProgressListener progress) throws IOException {
        return project.read(path, progress).result();
    }

    /**
     * Saves the traces as a project at {@code out} (the folder, or its project.json). Relative
     * media paths are resolved against {@code mediaBase}; {@code null} means the project folder.
     */
    @Override
    public void write(List<Trace> traces, Path out, Path mediaBase, ProgressListener progress) throws IOException {
        Path folder = StudioProject.folderOf(out);
        SaveReport report = project.save(traces, folder, mediaBase == null ? folder : mediaBase, progress);
        if (!report.missingMedia().isEmpty()) {
            LOG.warn("{} media file(s) referenced by the traces do not exist and were not copied into {}: {}",
                    report.missingMedia().size(), folder, report.missingMedia());
        }
    }
}
