package io.pixelstudio.app.runs;

import io.pixelstudio.bridge.events.RunEvent;
import io.pixelstudio.bridge.events.RunListener;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;

/**
 * Hands a run's events from the bridge's reader thread to the UI thread. A launched trainer may
 * report before the screen has made its item (the item needs the record the launch returns), so
 * events wait in order until {@link #attach} is called, on the UI thread, and none is lost.
 */
final class EventForwarder implements RunListener {

    private final Executor uiThread;
    private final BiConsumer<RunItem, RunEvent> sink;
    private final List<RunEvent> pending = new ArrayList<>();
    private RunItem item;

    EventForwarder(Executor uiThread, BiConsumer<RunItem, RunEvent> sink) {
        this.uiThread = uiThread;
        this.sink = sink;
    }

    @Override
    public void accept(RunEvent event) {
        uiThread.execute(() -> {
            if (item == null) {
                pending.add(event);
            } else {
                sink.accept(item, event);
            }
        });
    }

    /** Delivers the waiting events to {@code target} and every later one directly. UI thread. */
    void attach(RunItem target) {
        item = target;
        pending.forEach(event -> sink.accept(target, event));
        pending.clear();
    }
}
