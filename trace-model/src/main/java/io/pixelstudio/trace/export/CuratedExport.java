package io.pixelstudio.trace.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.AtomicFiles;
import io.pixelstudio.trace.format.TraceFormats;
import io.pixelstudio.trace.format.export.ExportException;
import io.pixelstudio.trace.format.project.StudioJson;
import io.pixelstudio.trace.progress.ProgressListener;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;

/**
 * Writes chosen traces to one or more training formats in a self-contained folder:
 * {@code <out>/<format file>} per format, the media the traces reference copied under the same
 * relative paths, and {@code export-summary.json}. Traces whose media are missing, or that a format
 * refuses (no turns, a literal {@code <image>} in the text …), are left out of every format and
 * listed with the reason, so all data files hold the same traces. Nothing existing is replaced
 * unless asked ({@link ExportConflictException} lists what would be). Media are copied before the
 * data files are written, so a data file never points at a file that is not there yet (a trace a
 * format refuses afterwards may leave its media behind); data files and the summary are written
 * atomically, the summary last.
 */
public final class CuratedExport {

    private final TraceFormats formats;
    private final ObjectMapper mapper = StudioJson.newMapper();

    public CuratedExport(TraceFormats formats) {
        this.formats = Objects.requireNonNull(formats, "formats");
    }

    /**
     * Runs {@code request}.
     *
     * @throws ExportConflictException when outputs exist and {@code overwrite} is off (nothing is written)
     * @throws CancellationException   when {@code progress} asks to stop
     * @throws IOException             when a file cannot be written
     */
    public ExportSummary run(ExportRequest request, ProgressListener progress) throws IOException {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(progress, "progress");
        Path out = request.outDir().toAbsolutePath().normalize();
        List<ExportSummary.Skipped> skipped = new ArrayList<>();
        List<Trace> kept = placeable(request, skipped, progress);
        MediaPlan plan = new MediaPlan(request.mediaBase());
        List<Trace> placed = new ArrayList<>();
        for (Trace trace : kept) {
            placed.add(place(plan, trace));
        }
        if (!request.overwrite()) {
            checkConflicts(request, out, plan.copies());
        }
        List<ExportSummary.FormatFile> files = new ArrayList<>();
        int[] media = new int[2];
        if (!placed.isEmpty()) {
            Files.createDirectories(out);
            media = copyMedia(plan.copies(), out, progress);
            placed = writeFormats(request.targets(), placed, out, skipped, progress, files);
        }
        ExportSummary summary = new ExportSummary(request.selection(), request.matched(), placed.size(), out, files,
                media[0], media[1], skipped);
        if (!placed.isEmpty()) {
            AtomicFiles.write(out.resolve(ExportSummary.FILE_NAME), stream -> {
                mapper.writer(StudioJson.prettyPrinter()).writeValue(stream, summary.toJson());
                stream.write('\n');
            });
        }
        return summary;
    }

    private static List<Trace> placeable(ExportRequest request, List<ExportSummary.Skipped> skipped,
                                         ProgressListener progress) {
        MediaPlan probe = new MediaPlan(request.mediaBase());
        List<Trace> kept = new ArrayList<>();
        progress.start("Checking media", request.traces().size());
        for (Trace trace : request.traces()) {
            if (progress.isCancelled()) {
                throw new CancellationException("export cancelled; nothing was written");
            }
            try {
                probe.place(trace);
                kept.add(trace);
            } catch (MediaPlan.Refused e) {
                skipped.add(new ExportSummary.Skipped(trace.id(), e.getMessage()));
            }
            progress.progress(kept.size() + skipped.size());
        }
        progress.finish();
        return kept;
    }

    private static Trace place(MediaPlan plan, Trace trace) throws IOException {
        try {
            return plan.place(trace);
        } catch (MediaPlan.Refused e) {
            throw new IOException("trace " + trace.id() + ": media changed during the export: " + e.getMessage(), e);
        }
    }

    /** Writes every format; a trace one format refuses is dropped from all and the formats rewritten. */
    private List<Trace> writeFormats(List<ExportTarget> targets, List<Trace> traces, Path out,
                                     List<ExportSummary.Skipped> skipped, ProgressListener progress,
                                     List<ExportSummary.FormatFile> files) throws IOException {
        List<Trace> current = new ArrayList<>(traces);
        boolean again = true;
        while (again && !current.isEmpty()) {
            again = false;
            files.clear();
            for (ExportTarget target : targets) {
                try {
                    target.format(formats).write(current, out.resolve(target.fileName()), out, progress);
                    files.add(new ExportSummary.FormatFile(target.id(), target.fileName(), current.size()));
                } catch (ExportException e) {
                    if (!current.removeIf(t -> t.id().equals(e.traceId()))) {
                        throw e;
                    }
                    skipped.add(new ExportSummary.Skipped(e.traceId(), target.id() + ": " + e.getMessage()));
                    again = true;
                    break;
                }
            }
        }
        return current;
    }

    private static void checkConflicts(ExportRequest request, Path out, Map<String, Path> copies) throws IOException {
        List<Path> existing = new ArrayList<>();
        for (ExportTarget target : request.targets()) {
            addIfExists(out.resolve(target.fileName()), existing);
        }
        addIfExists(out.resolve(ExportSummary.FILE_NAME), existing);
        for (Map.Entry<String, Path> copy : copies.entrySet()) {
            Path dest = out.resolve(copy.getKey());
            if (Files.exists(dest) && !sameContent(copy.getValue(), dest)) {
                existing.add(dest);
            }
        }
        if (!existing.isEmpty()) {
            throw new ExportConflictException(existing);
        }
    }

    private static void addIfExists(Path file, List<Path> existing) {
        if (Files.exists(file)) {
            existing.add(file);
        }
    }

    /** Copies the media; returns {copied, already there with the same content}. */
    private static int[] copyMedia(Map<String, Path> copies, Path out, ProgressListener progress) throws IOException {
        int copied = 0;
        int kept = 0;
        progress.start("Copying media", copies.size());
        for (Map.Entry<String, Path> copy : copies.entrySet()) {
            if (progress.isCancelled()) {
                throw new CancellationException("export cancelled while copying media");
            }
            Path dest = out.resolve(copy.getKey());
            if (Files.exists(dest) && sameContent(copy.getValue(), dest)) {
                kept++;
            } else {
                Path source = copy.getValue();
                AtomicFiles.write(dest, stream -> Files.copy(source, stream));
                copied++;
            }
            progress.progress(copied + kept);
        }
        progress.finish();
        return new int[]{copied, kept};
    }

    private static boolean sameContent(Path a, Path b) throws IOException {
        return Files.isRegularFile(b) && Files.mismatch(a, b) == -1;
    }
}
