package io.pixelstudio.trace.format.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.AtomicFiles;
import io.pixelstudio.trace.format.ReadResult;
import io.pixelstudio.trace.format.RecordCodec;
import io.pixelstudio.trace.format.TraceFormat;
import io.pixelstudio.trace.progress.ProgressListener;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;

/**
 * What export formats share. The read side: they never claim a file and refuse to read, because
 * an export drops what the target trainer does not use (review state, evidence, extras) and
 * reading it back would pass a lossy copy off as the data. The write side: every trace is encoded
 * (with progress and cancellation) before anything is written, so one bad trace leaves no partial
 * file, then the records are written atomically in the subclass's file layout.
 */
abstract class ExportOnlyFormat implements TraceFormat {

    private final ExportOptions options;

    protected ExportOnlyFormat(ExportOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** The options this export was made with. */
    protected final ExportOptions options() {
        return options;
    }

    /** One trace, its media paths already as the export writes them, as a record of the target format. */
    abstract ObjectNode encode(Trace trace) throws ExportException;

    /** Writes the encoded records in the target file layout. */
    abstract void writeRecords(List<ObjectNode> records, OutputStream out) throws IOException;

    @Override
    public final boolean canRead(Path path) {
        return false;
    }

    @Override
    public final RecordCodec codec() {
        return null;
    }

    @Override
    public final ReadResult read(Path path, ProgressListener progress) {
        throw new UnsupportedOperationException("'" + id() + "' is an export-only format: the studio writes it "
                + "for training but does not read it back (the export drops review state, evidence and extras). "
                + "Open the original data or the studio project instead.");
    }

    @Override
    public final void write(List<Trace> traces, Path out, Path mediaBase, ProgressListener progress)
            throws IOException {
        ExportMedia media = new ExportMedia(options.paths(), mediaBase);
        List<ObjectNode> records = new ArrayList<>(traces.size());
        progress.start("Exporting " + id(), traces.size());
        for (Trace trace : traces) {
            if (progress.isCancelled()) {
                throw new CancellationException("export cancelled; nothing was written");
            }
            records.add(encode(media.apply(trace)));
            progress.progress(records.size());
        }
        AtomicFiles.write(out, stream -> writeRecords(records, stream));
        progress.finish();
    }
}
