package io.pixelstudio.trace.format.export;

import io.pixelstudio.trace.format.ReadResult;
import io.pixelstudio.trace.format.RecordCodec;
import io.pixelstudio.trace.format.TraceFormat;
import io.pixelstudio.trace.progress.ProgressListener;

import java.nio.file.Path;

/**
 * The read side shared by export formats: they never claim a file and refuse to read, because an
 * export drops what the target trainer does not use (review state, evidence, extras) and reading it
 * back would pass a lossy copy off as the data.
 */
abstract class ExportOnlyFormat implements TraceFormat {

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
}
