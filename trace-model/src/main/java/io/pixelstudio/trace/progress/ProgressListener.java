package io.pixelstudio.trace.progress;

/**
 * Receives progress of long work and lets the caller cancel it. Library code calls it from the
 * worker thread; adapters (a console bar, a JavaFX task) decide how to show it. Work that sees
 * {@link #isCancelled()} stops at the next safe point and throws
 * {@link java.util.concurrent.CancellationException}.
 */
public interface ProgressListener {

    /** Ignores progress and never cancels. */
    ProgressListener NONE = new ProgressListener() { };

    /** Work named {@code task} begins; {@code total} units, or -1 when unknown. */
    default void start(String task, long total) {
    }

    /** {@code done} units of the current task are complete (absolute, not a delta). */
    default void progress(long done) {
    }

    /** The current task finished. */
    default void finish() {
    }

    /** True once the user asked to stop. */
    default boolean isCancelled() {
        return false;
    }
}
