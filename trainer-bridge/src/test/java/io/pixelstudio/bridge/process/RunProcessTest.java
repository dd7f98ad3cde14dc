package io.pixelstudio.bridge.process;

import io.pixelstudio.bridge.events.RunEvent;
import io.pixelstudio.bridge.events.RunListener;
import io.pixelstudio.bridge.testing.FakeTrainer;
import io.pixelstudio.bridge.testing.Waits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Real child processes: the stand-in trainer speaks the event protocol, crashes, hangs and misbehaves. */
class RunProcessTest {

    @TempDir
    Path dir;

    private final List<RunEvent> events = new CopyOnWriteArrayList<>();
    private final RunListener recorder = new RunListener() {
        @Override
        public void accept(RunEvent event) {
            events.add(event);
        }
    };

    @Test
    void aSuccessfulRunDeliversEveryEventInOrderAndSucceeds() throws Exception {
        RunProcess run = RunProcess.launch(FakeTrainer.command(dir, "ok", "3"), dir.resolve("run"), recorder);

        RunOutcome outcome = run.outcome().get(30, TimeUnit.SECONDS);

        assertThat(outcome.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(outcome.exitCode()).hasValue(0);
        assertThat(events).hasSize(6);
        assertThat(events.get(0)).isEqualTo(new RunEvent.Started(1, "sft", 3));
        assertThat(events.subList(1, 4)).extracting(e -> ((RunEvent.Metrics) e).values().get("loss"))
                .containsExactly(1.0, 0.5, 1.0 / 3);
        assertThat(events.get(4)).isEqualTo(new RunEvent.Checkpoint(5, 3, "checkpoints/step-3"));
        assertThat(events.get(5)).isEqualTo(new RunEvent.Ended(6, "succeeded"));
    }

    @Test
    void aCrashFailsTheRunAndKeepsTheTracebackInTheTail() throws Exception {
        RunProcess run = RunProcess.launch(FakeTrainer.command(dir, "crash"), dir.resolve("run"), recorder);

        RunOutcome outcome = run.outcome().get(30, TimeUnit.SECONDS);

        assertThat(outcome.status()).isEqualTo(RunStatus.FAILED);
        assertThat(outcome.exitCode()).hasValue(1);
        assertThat(outcome.logTail()).anyMatch(l -> l.contains("RuntimeError: CUDA out of memory (simulated)"));
        assertThat(events).filteredOn(RunEvent.Metrics.class::isInstance).hasSize(2);
        assertThat(((RunEvent.Metrics) events.get(2)).values().get("loss")).isNaN();
    }

    @Test
    void aReportedErrorIsTheOutcomesLastError() throws Exception {
        RunOutcome outcome = RunProcess.launch(FakeTrainer.command(dir, "error"), dir.resolve("run"), recorder)
                .outcome().get(30, TimeUnit.SECONDS);

        assertThat(outcome.status()).isEqualTo(RunStatus.FAILED);
        assertThat(outcome.exitCode()).hasValue(3);
        assertThat(outcome.lastError()).isEqualTo("dataset not found: /data/missing.json");
    }

    @Test
    void malformedLinesAreReportedAndTheRunGoesOn() throws Exception {
        RunOutcome outcome = RunProcess.launch(FakeTrainer.command(dir, "malformed"), dir.resolve("run"), recorder)
                .outcome().get(30, TimeUnit.SECONDS);

        assertThat(outcome.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(events).filteredOn(RunEvent.Malformed.class::isInstance).extracting(RunEvent::line)
                .containsExactly(4L, 5L);
        assertThat(events).filteredOn(RunEvent.Output.class::isInstance).extracting(RunEvent::line)
                .as("a progress line and a JSON array are plain output").containsExactly(2L, 6L);
        assertThat(events).filteredOn(RunEvent.Metrics.class::isInstance)
                .extracting(e -> ((RunEvent.Metrics) e).step()).containsExactly(1L, 3L);
    }

    @Test
    void stoppingAHungRunThatIgnoresTerminateKillsItAndItsChild() throws Exception {
        RunProcess run = RunProcess.launch(FakeTrainer.command(dir, "hang"), dir.resolve("run"), recorder);
        Waits.until("the child's pid", Duration.ofSeconds(30),
                () -> events.stream().anyMatch(RunEvent.Log.class::isInstance));
        long childPid = events.stream().filter(RunEvent.Log.class::isInstance)
                .map(e -> Long.parseLong(((RunEvent.Log) e).message().replace("child ", ""))).findFirst().orElseThrow();
        assertThat(ProcessHandle.of(childPid)).hasValueSatisfying(h -> assertThat(h.isAlive()).isTrue());

        run.stop(Duration.ofMillis(500));
        RunOutcome outcome = run.outcome().get(30, TimeUnit.SECONDS);

        assertThat(outcome.status()).isEqualTo(RunStatus.STOPPED);
        assertThat(run.isAlive()).isFalse();
        Waits.until("the child to be gone", Duration.ofSeconds(10),
                () -> ProcessHandle.of(childPid).map(h -> !h.isAlive()).orElse(true));
    }

    @Test
    void aProgramThatDoesNotExistIsNamedInTheError() {
        LaunchCommand missing = new LaunchCommand(List.of("no-such-trainer-xyz"), dir, Map.of());

        assertThatThrownBy(() -> RunProcess.launch(missing, dir.resolve("run"), recorder))
                .isInstanceOf(IOException.class).hasMessageContaining("cannot start no-such-trainer-xyz");
    }
}
