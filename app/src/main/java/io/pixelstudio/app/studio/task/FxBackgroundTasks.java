package io.pixelstudio.app.studio.task;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The application's {@link BackgroundTasks}: work runs on the injected executor, results and
 * failures come back through {@code fxThread} (the application passes {@code Platform::runLater}).
 * The running tasks are observable so the status bar can show progress and a cancel button.
 */
public final class FxBackgroundTasks implements BackgroundTasks {

    private static final Logger LOG = LoggerFactory.getLogger(FxBackgroundTasks.class);

    private final Executor background;
    private final Executor fxThread;
    private final ErrorReporter errors;
    private final ObservableList<RunningTask> running = FXCollections.observableArrayList();

    public FxBackgroundTasks(Executor background, Executor fxThread, ErrorReporter errors) {
        this.background = Objects.requireNonNull(background, "background");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
        this.errors = Objects.requireNonNull(errors, "errors");
    }

    /** Tasks started and not yet finished, oldest first. FX thread. */
    public ObservableList<RunningTask> running() {
        return running;
    }

    @Override
    public <T> TaskHandle submit(String title, Work<T> work, Consumer<? super T> onSuccess, Runnable onEnd) {
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(onSuccess, "onSuccess");
        Objects.requireNonNull(onEnd, "onEnd");
        RunningTask task = new RunningTask(title, fxThread);
        fxThread.execute(() -> running.add(task));
        background.execute(() -> {
            try {
                T result = work.run(task.listener());
                fxThread.execute(() -> {
                    running.remove(task);
                    try {
                        if (!task.isCancelled()) {
                            onSuccess.accept(result);
                        }
                    } finally {
                        onEnd.run();
                    }
                });
            } catch (CancellationException cancelled) {
                fxThread.execute(() -> {
                    running.remove(task);
                    onEnd.run();
                });
            } catch (Throwable e) {
                LOG.warn("{} failed", title, e);
                fxThread.execute(() -> {
                    running.remove(task);
                    try {
                        if (!task.isCancelled()) {
                            errors.report(title, e);
                        }
                    } finally {
                        onEnd.run();
                    }
                });
            }
        });
        return task;
    }
}
