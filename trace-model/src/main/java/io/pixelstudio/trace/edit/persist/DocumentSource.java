package io.pixelstudio.trace.edit.persist;

import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.edit.TraceSource;
import io.pixelstudio.trace.format.FormatException;
import io.pixelstudio.trace.format.ReadResult;
import io.pixelstudio.trace.format.TraceFormat;
import io.pixelstudio.trace.index.TraceFile;
import io.pixelstudio.trace.progress.ProgressListener;
import io.pixelstudio.trace.validate.Finding;
import io.pixelstudio.trace.validate.Severity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A document opened for editing: its traces read on demand through the record index when the format
 * allows (JSON list / JSON lines), else read whole (Parquet, a project folder), with the reviews of
 * its {@link ReviewSidecar} laid over them. Records the index could not read are kept in
 * {@link #unreadable()}: saving over the file would drop them, so {@link DocumentSaver} refuses to.
 */
public final class DocumentSource implements TraceSource, AutoCloseable {

    private final Path document;
    private final TraceFormat format;
    private final TraceFile file;
    private final List<Trace> traces;
    private final List<Finding> unreadable;
    private final ReviewSidecar reviews;

    private DocumentSource(Path document, TraceFormat format, TraceFile file, List<Trace> traces,
                           List<Finding> unreadable, ReviewSidecar reviews) {
        this.document = document;
        this.format = format;
        this.file = file;
        this.traces = traces;
        this.unreadable = List.copyOf(unreadable);
        this.reviews = reviews;
    }

    /** Opens {@code document} in {@code format}. */
    public static DocumentSource open(Path document, TraceFormat format, ProgressListener progress) throws IOException {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(format, "format");
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        ReviewSidecar reviews = ReviewSidecar.read(document);
        if (format.isIndexable(document)) {
            TraceFile file = TraceFile.open(document, format, listener);
            return new DocumentSource(document, format, file, null, file.indexFindings(), reviews);
        }
        ReadResult result = format.read(document, listener);
        return new DocumentSource(document, format, null, result.traces(),
                result.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList(), reviews);
    }

    @Override
    public int size() {
        return file != null ? file.size() : traces.size();
    }

    @Override
    public Trace load(int index) throws IOException, FormatException {
        Objects.checkIndex(index, size());
        return reviews.overlay(index, file != null ? file.get(index) : traces.get(index));
    }

    /** The document's path. */
    public Path document() {
        return document;
    }

    /** The document's format. */
    public TraceFormat format() {
        return format;
    }

    /** Records that could not be read (and so could not be saved back); empty for a clean file. */
    public List<Finding> unreadable() {
        return unreadable;
    }

    @Override
    public void close() throws IOException {
        if (file != null) {
            file.close();
        }
    }
}
