package io.pixelstudio.app.studio.task;

import io.pixelstudio.trace.progress.ProgressListener;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One piece of background work as the status bar shows it: its title, the library's current step
 * and a progress fraction, and a cancel switch the work polls through {@link ProgressListener}.
 * Progress from the worker is coalesced into at most one pending FX update, so a tight loop
 * reporting every record cannot flood the FX thread.
 */
public final class RunningTask implements TaskHandle {

    private final ReadOnlyStringWrapper message;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final Executor fxThread;
    private final AtomicBoolean updatePending = new AtomicBoolean();
    private volatile boolean cancelled;
    private volatile String step;
    private volatile long total = -1;
    private volatile long done;

    RunningTask(String title, Executor fxThread) {
        this.message = new ReadOnlyStringWrapper(Objects.requireNonNull(title, "title"));
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
        this.step = title;
    }

    /** What is being done (the task's title, then the library's step name). FX thread. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Fraction done in [0, 1], or -1 while unknown. FX thread. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public void cancel() {
        cancelled = true;
    }

    /** True once cancelled. */
    public boolean isCancelled() {
        return cancelled;
    }

    /** The listener handed to the work. */
    ProgressListener listener() {
        return new ProgressListener() {
            @Override
            public void start(String task, long units) {
                step = task;
                total = units;
                done = 0;
                publish();
            }

            @Override
            public void progress(long units) {
                done = units;
                publish();
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        };
    }

    private void publish() {
        if (updatePending.compareAndSet(false, true)) {
            fxThread.execute(() -> {
                updatePending.set(false);
                message.set(step);
                progress.set(total > 0 ? Math.min(1.0, (double) done / total) : -1);
            });
        }
    }
}
