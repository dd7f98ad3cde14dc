package io.pixelstudio.trace.export;

import io.pixelstudio.trace.Trace;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to export.
 *
 * @param traces    the chosen traces, in document order
 * @param selection how they were chosen, for the summary (e.g. {@code view "Accepted": status:accepted})
 * @param matched   how many traces the selection matched before any were skipped (usually {@code traces.size()})
 * @param targets   the formats to write (at least one)
 * @param outDir    the output folder (created when missing)
 * @param mediaBase the folder relative media paths are resolved against (the document's folder)
 * @param overwrite replace existing outputs; without it an existing output is a {@link ExportConflictException}
 */
public record ExportRequest(List<Trace> traces, String selection, int matched, List<ExportTarget> targets,
                            Path outDir, Path mediaBase, boolean overwrite) {

    public ExportRequest {
        traces = List.copyOf(traces);
        Objects.requireNonNull(selection, "selection");
        targets = List.copyOf(targets);
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("choose at least one export format");
        }
        Objects.requireNonNull(outDir, "outDir");
        Objects.requireNonNull(mediaBase, "mediaBase");
    }
}
