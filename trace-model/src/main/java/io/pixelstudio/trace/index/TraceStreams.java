package io.pixelstudio.trace.index;

import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.ReadResult;
import io.pixelstudio.trace.format.TraceFormat;
import io.pixelstudio.trace.progress.ProgressListener;
import io.pixelstudio.trace.validate.Finding;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Visits every trace of a data file in order, whatever its format: JSON files go through the
 * streaming index one record at a time; other formats (a project folder, Parquet) are read whole,
 * as they have no record index. Callers that summarise or scan a file use this instead of holding
 * a {@link ReadResult}.
 */
public final class TraceStreams {

    private TraceStreams() {
    }

    /**
     * Hands each trace of {@code file} to {@code action} and returns the findings about records that
     * could not be read.
     */
    public static List<Finding> forEach(Path file, TraceFormat format, ProgressListener progress,
                                        Consumer<Trace> action) throws IOException {
        Objects.requireNonNull(action, "action");
        if (format.isIndexable(file)) {
            try (TraceFile traces = TraceFile.open(file, format, progress)) {
                return traces.forEach(progress, action);
            }
        }
        ReadResult result = format.read(file, progress);
        result.traces().forEach(action);
        return result.findings();
    }
}
