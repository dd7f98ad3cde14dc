package io.pixelstudio.bridge.endpoint;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A stop signal shared by the caller (a Stop button, Ctrl+C) and the work it stops: the agent loop
 * checks it between turns, and a request in flight registers its future so that cancelling aborts
 * the HTTP exchange instead of waiting for the model to finish.
 */
public final class Cancellation {

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final CopyOnWriteArrayList<Future<?>> inFlight = new CopyOnWriteArrayList<>();

    /** A signal nobody will trigger. */
    public static Cancellation none() {
        return new Cancellation();
    }

    /** Stops the work: future checks see it and requests in flight are aborted. */
    public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            inFlight.forEach(f -> f.cancel(true));
        }
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Tracks {@code future} until {@link #release}; cancels it at once if already cancelled. */
    void register(Future<?> future) {
        inFlight.add(future);
        if (cancelled.get()) {
            future.cancel(true);
        }
    }

    void release(Future<?> future) {
        inFlight.remove(future);
    }
}
