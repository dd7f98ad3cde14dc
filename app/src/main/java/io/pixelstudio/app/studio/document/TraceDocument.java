package io.pixelstudio.app.studio.document;

import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.edit.EditSession;
import io.pixelstudio.trace.edit.TraceSource;
import io.pixelstudio.trace.edit.persist.ReviewSidecar;
import io.pixelstudio.trace.format.FormatException;
import io.pixelstudio.trace.format.ReadResult;
import io.pixelstudio.trace.format.TraceFormat;
import io.pixelstudio.trace.format.TraceFormats;
import io.pixelstudio.trace.index.TraceFile;
import io.pixelstudio.trace.progress.ProgressListener;
import io.pixelstudio.trace.validate.Finding;
import io.pixelstudio.trace.validate.Location;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * A data file opened in the studio. JSON-list and JSON-lines files go through the streaming index
 * ({@link TraceFile}): only byte offsets are held and a trace is decoded when asked for, so a
 * 100,000-trace file opens in seconds and in little memory. Other formats (a studio project folder,
 * Parquet) are read whole through {@link TraceFormat#read}. Thread-safe for reading. The document is
 * the unchanged source of its {@link #session() edit session}, which holds what the user changed.
 */
public final class TraceDocument implements TraceSource, AutoCloseable {

    private final Path path;
    private final TraceFormat format;
    private final TraceFile indexed;
    private final List<Trace> loaded;
    private final List<Finding> findings;
    private final EditSession session;
    private final Path mediaFolder;
    private final boolean inMemory;
    /** Reviews kept beside the file (formats that cannot hold reviews); null for an in-memory document. */
    private final ReviewSidecar reviews;

    private TraceDocument(Path path, TraceFormat format, TraceFile indexed, List<Trace> loaded, List<Finding> findings,
                          ReviewSidecar reviews) {
        this(path, Files.isDirectory(path) ? path : path.getParent(), false, format, indexed, loaded, findings, reviews);
    }

    private TraceDocument(Path path, Path mediaFolder, boolean inMemory, TraceFormat format, TraceFile indexed,
                          List<Trace> loaded, List<Finding> findings, ReviewSidecar reviews) {
        this.path = path;
        this.mediaFolder = mediaFolder;
        this.inMemory = inMemory;
        this.reviews = reviews;
        this.format = format;
        this.indexed = indexed;
        this.loaded = loaded;
        this.findings = List.copyOf(findings);
        this.session = new EditSession(this);
    }

    /**
     * Opens {@code path} with the first format that recognises it.
     *
     * @throws IOException              when it cannot be read
     * @throws IllegalArgumentException when no format recognises it (the message lists the formats)
     * @throws CancellationException    when {@code progress} asks to stop
     */
    public static TraceDocument open(Path path, TraceFormats formats, ProgressListener progress) throws IOException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(formats, "formats");
        Objects.requireNonNull(progress, "progress");
        Path file = path.toAbsolutePath().normalize();
        if (!Files.exists(file)) {
            throw new IOException(file + ": no such file or folder");
        }
        TraceFormat format = formats.detect(file).orElseThrow(() -> new IllegalArgumentException(
                file + ": not a trace file this build reads (formats: " + formats.ids() + ")"));
        ReviewSidecar reviews = ReviewSidecar.read(file);
        if (format.isIndexable(file)) {
            TraceFile traces = TraceFile.open(file, format, progress);
            return new TraceDocument(file, format, traces, null, traces.indexFindings(), reviews);
        }
        ReadResult result = format.read(file, progress);
        return new TraceDocument(file, format, null, result.traces(), result.findings(), reviews);
    }

    /** The file or folder opened. */
    public Path path() {
        return path;
    }

    /** The folder relative media paths are resolved against: the project folder, or the file's folder. */
    public Path mediaFolder() {
        return mediaFolder;
    }

    /**
     * Traces already in memory shown as a document (the rollout screen opens a group's rollouts this
     * way). {@code path} names where they come from (titles only: {@link #isInMemory()} tells savers
     * it is not this document's file); relative media paths resolve against {@code mediaFolder}.
     */
    public static TraceDocument inMemory(Path path, Path mediaFolder, List<Trace> traces, TraceFormat format) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(mediaFolder, "mediaFolder");
        Objects.requireNonNull(format, "format");
        return new TraceDocument(path, mediaFolder, true, format, null, List.copyOf(traces), List.of(), null);
    }

    /** True for a document made by {@link #inMemory}: its traces are not read from {@link #path()}. */
    public boolean isInMemory() {
        return inMemory;
    }

    /** The format the document was read with. */
    public TraceFormat format() {
        return format;
    }

    /** True when the SFT validation rules apply (Pixel Reasoner SFT data and projects; not RL prompts). */
    public boolean sftRules() {
        return !format.id().equals("pixelreasoner-rl");
    }

    /** The edits made to this document; its traces as edited so far. */
    public EditSession session() {
        return session;
    }

    /** Number of traces (records that indexed well) in the file, appended traces not counted. */
    @Override
    public int size() {
        return indexed != null ? indexed.size() : loaded.size();
    }

    /**
     * Trace {@code index} as the file holds it (edits not applied), decoded from disk for an indexed file,
     * with the review its review sidecar keeps (formats that cannot hold reviews keep them there).
     *
     * @throws FormatException when the record does not decode (located: file, line, field)
     */
    @Override
    public Trace load(int index) throws IOException, FormatException {
        Objects.checkIndex(index, size());
        Trace trace = indexed != null ? indexed.get(index) : loaded.get(index);
        return reviews == null ? trace : reviews.overlay(index, trace);
    }

    /** Where trace {@code index} is, for findings: file and line when indexed. */
    public Location locationOf(int index) {
        return indexed != null && index < indexed.size() ? indexed.locationOf(index) : Location.ofFile(path);
    }

    /** Problems found while opening: malformed or undecodable records, with their locations. */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * Summarises every trace in order, handing rows to {@code batches} {@code batchSize} at a time
     * (from the calling thread) so a list can fill while the scan runs. A record that does not
     * decode becomes a flagged row.
     *
     * @throws CancellationException when {@code progress} asks to stop
     */
    public void scanRows(int batchSize, Consumer<List<TraceRow>> batches, ProgressListener progress) throws IOException {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1: " + batchSize);
        }
        int total = size();
        progress.start("Summarising " + path.getFileName(), total);
        List<TraceRow> batch = new ArrayList<>(Math.min(batchSize, total));
        for (int i = 0; i < total; i++) {
            if (progress.isCancelled()) {
                throw new CancellationException("scan of " + path + " cancelled");
            }
            batch.add(row(i));
            if (batch.size() == batchSize) {
                batches.accept(List.copyOf(batch));
                batch.clear();
                progress.progress(i + 1L);
            }
        }
        if (!batch.isEmpty()) {
            batches.accept(List.copyOf(batch));
        }
        progress.progress(total);
        progress.finish();
    }

    private TraceRow row(int index) throws IOException {
        try {
            return TraceRow.of(index, load(index), sftRules());
        } catch (FormatException e) {
            return TraceRow.unreadable(index, e.getMessage());
        }
    }

    @Override
    public void close() throws IOException {
        if (indexed != null) {
            indexed.close();
        }
    }
}
