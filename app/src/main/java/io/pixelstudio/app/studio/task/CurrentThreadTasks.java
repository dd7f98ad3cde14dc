package io.pixelstudio.app.studio.task;

import io.pixelstudio.trace.progress.ProgressListener;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * Runs work at once on the calling thread: view models can be tested without a window or an
 * executor, deterministically. Failures go to the given reporter (by default rethrown).
 */
public final class CurrentThreadTasks implements BackgroundTasks {

    private final ErrorReporter errors;

    public CurrentThreadTasks(ErrorReporter errors) {
        this.errors = Objects.requireNonNull(errors, "errors");
    }

    /** Failures are rethrown to the caller. */
    public CurrentThreadTasks() {
        this(ErrorReporter.rethrowing());
    }

    @Override
    public <T> TaskHandle submit(String title, Work<T> work, Consumer<? super T> onSuccess, Runnable onEnd) {
        try {
            T result;
            try {
                result = work.run(ProgressListener.NONE);
            } catch (CancellationException cancelled) {
                return TaskHandle.DONE;
            } catch (Exception e) {
                errors.report(title, e);
                return TaskHandle.DONE;
            }
            onSuccess.accept(result);
            return TaskHandle.DONE;
        } finally {
            onEnd.run();
        }
    }
}
