package io.pixelstudio.app.studio.task;

import io.pixelstudio.trace.progress.ProgressListener;

import java.util.function.Consumer;

/**
 * Runs work away from the FX thread and delivers its result back on it. Why an interface: the
 * studio's view models submit work without knowing about threads, so tests run them on the calling
 * thread ({@link CurrentThreadTasks}) and the application on a daemon executor ({@link FxBackgroundTasks}).
 * A failure is never swallowed: it goes to the implementation's {@link ErrorReporter}.
 */
public interface BackgroundTasks {

    /**
     * Starts {@code work}; {@code onSuccess} receives its result on the UI thread unless the work
     * was cancelled or failed.
     *
     * @param title what the user sees while it runs
     * @return a handle to cancel the work
     */
    default <T> TaskHandle submit(String title, Work<T> work, Consumer<? super T> onSuccess) {
        return submit(title, work, onSuccess, () -> { });
    }

    /**
     * Like {@link #submit(String, Work, Consumer)}, and then {@code onEnd} runs on the UI thread
     * however the work ended — succeeded (after {@code onSuccess}), failed or cancelled — so state
     * such as a busy flag is always cleared.
     */
    <T> TaskHandle submit(String title, Work<T> work, Consumer<? super T> onSuccess, Runnable onEnd);

    /** Work that reports progress and stops at the next safe point once cancelled. */
    @FunctionalInterface
    interface Work<T> {
        T run(ProgressListener progress) throws Exception;
    }
}
