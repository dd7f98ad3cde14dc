package io.pixelstudio.trace.index;

import io.pixelstudio.trace.progress.ProgressListener;

import java.util.Objects;
import java.util.concurrent.CancellationException;

/**
 * Reports bytes scanned to a {@link ProgressListener} at most every few megabytes and checks for
 * cancellation, so the hot scanning loop does not pay for a listener call per record.
 */
final class ScanProgress {

    private static final long REPORT_EVERY_BYTES = 4L << 20;

    private final ProgressListener listener;
    private long nextReport = REPORT_EVERY_BYTES;

    ScanProgress(ProgressListener listener) {
        this.listener = Objects.requireNonNull(listener, "progress");
    }

    /** Called often with the absolute position; cheap unless a report is due. */
    void at(long bytes) {
        if (bytes >= nextReport) {
            nextReport = bytes + REPORT_EVERY_BYTES;
            checkCancelled();
            listener.progress(bytes);
        }
    }

    void checkCancelled() {
        if (listener.isCancelled()) {
            throw new CancellationException("cancelled by the user");
        }
    }
}
