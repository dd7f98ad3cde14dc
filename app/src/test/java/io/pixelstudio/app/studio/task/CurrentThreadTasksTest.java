package io.pixelstudio.app.studio.task;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CurrentThreadTasksTest {

    @Test
    void deliversTheResultAtOnce() {
        List<String> got = new ArrayList<>();
        new CurrentThreadTasks().submit("t", p -> "done", got::add);
        assertThat(got).containsExactly("done");
    }

    @Test
    void failuresReachTheReporterWithTitleAndCause() {
        List<String> reported = new ArrayList<>();
        List<Object> results = new ArrayList<>();
        new CurrentThreadTasks((title, e) -> reported.add(title + ": " + e.getMessage()))
                .submit("Opening x", p -> { throw new IOException("x: no such file"); }, results::add);
        assertThat(reported).containsExactly("Opening x: x: no such file");
        assertThat(results).isEmpty();
    }

    @Test
    void byDefaultFailuresAreRethrownNotSwallowed() {
        assertThatThrownBy(() -> new CurrentThreadTasks().submit("Loading", p -> { throw new IOException("broken"); }, r -> { }))
                .hasMessageContaining("broken");
    }

    @Test
    void cancelledWorkDeliversNothingAndReportsNothing() {
        List<Object> results = new ArrayList<>();
        new CurrentThreadTasks().submit("t", p -> { throw new CancellationException(); }, results::add);
        assertThat(results).isEmpty();
    }

    @Test
    void onEndRunsAfterSuccessFailureAndCancellation() {
        List<String> events = new ArrayList<>();
        CurrentThreadTasks tasks = new CurrentThreadTasks((title, e) -> events.add("reported"));

        tasks.submit("ok", p -> "r", r -> events.add("success"), () -> events.add("end"));
        tasks.submit("bad", p -> { throw new IOException("x"); }, r -> events.add("success"), () -> events.add("end"));
        tasks.submit("stop", p -> { throw new CancellationException(); }, r -> events.add("success"), () -> events.add("end"));

        assertThat(events).containsExactly("success", "end", "reported", "end", "end");
    }
}
