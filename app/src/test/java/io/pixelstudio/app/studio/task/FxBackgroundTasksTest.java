package io.pixelstudio.app.studio.task;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the FX-side logic with queued executors standing in for the worker and FX threads. */
class FxBackgroundTasksTest {

    private final Deque<Runnable> worker = new ArrayDeque<>();
    private final Deque<Runnable> fx = new ArrayDeque<>();
    private final List<String> errors = new ArrayList<>();
    private final FxBackgroundTasks tasks = new FxBackgroundTasks(worker::add, fx::add, (t, e) -> errors.add(t + ": " + e.getMessage()));

    private void drain(Deque<Runnable> queue) {
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
    }

    @Test
    void showsTheTaskWhileItRunsWithItsProgressThenDeliversOnTheFxThread() {
        List<String> results = new ArrayList<>();
        tasks.submit("Indexing", p -> {
            p.start("Indexing big.json", 200);
            p.progress(50);
            return "ok";
        }, results::add);
        drain(fx);
        assertThat(tasks.running()).hasSize(1);
        drain(worker);
        assertThat(results).isEmpty();
        RunningTask task = tasks.running().get(0);
        fx.poll().run();
        assertThat(task.messageProperty().get()).isEqualTo("Indexing big.json");
        assertThat(task.progressProperty().get()).isEqualTo(0.25);
        drain(fx);
        assertThat(results).containsExactly("ok");
        assertThat(tasks.running()).isEmpty();
    }

    @Test
    void aFailureIsReportedNotSwallowed() {
        tasks.submit("Opening a.json", p -> { throw new IllegalStateException("a.json:3: bad record"); }, r -> { });
        drain(fx);
        drain(worker);
        drain(fx);
        assertThat(errors).containsExactly("Opening a.json: a.json:3: bad record");
        assertThat(tasks.running()).isEmpty();
    }

    @Test
    void onEndRunsOnTheFxThreadAfterAFailureAndAfterACancellation() {
        List<String> ended = new ArrayList<>();
        tasks.submit("Broken", p -> { throw new IllegalStateException("x"); }, r -> { }, () -> ended.add("failed"));
        TaskHandle handle = tasks.submit("Scan", p -> {
            if (p.isCancelled()) {
                throw new CancellationException();
            }
            return "late";
        }, r -> { }, () -> ended.add("cancelled"));
        handle.cancel();
        drain(fx);
        drain(worker);
        assertThat(ended).isEmpty();
        drain(fx);
        assertThat(ended).containsExactly("failed", "cancelled");
    }

    @Test
    void cancellingStopsTheWorkAndDropsItsResult() {
        List<Object> results = new ArrayList<>();
        TaskHandle handle = tasks.submit("Scan", p -> {
            if (p.isCancelled()) {
                throw new CancellationException();
            }
            return "late";
        }, results::add);
        handle.cancel();
        drain(fx);
        drain(worker);
        drain(fx);
        assertThat(results).isEmpty();
        assertThat(errors).isEmpty();
        assertThat(tasks.running()).isEmpty();
    }

    @Test
    void progressFromATightLoopIsCoalescedIntoOnePendingUpdate() {
        tasks.submit("Loop", p -> {
            p.start("Loop", 1000);
            for (int i = 0; i < 1000; i++) {
                p.progress(i);
            }
            return 1;
        }, r -> { });
        drain(fx);
        drain(worker);
        assertThat(fx).hasSize(2); // one progress update, one completion
    }
}
