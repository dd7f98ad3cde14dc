package io.pixelstudio.bridge.registry;

import io.pixelstudio.bridge.events.RunEvent;
import io.pixelstudio.bridge.events.RunListener;
import io.pixelstudio.bridge.process.LaunchCommand;
import io.pixelstudio.bridge.process.RunStatus;
import io.pixelstudio.bridge.run.RunSpec;
import io.pixelstudio.bridge.testing.FakeTrainer;
import io.pixelstudio.bridge.testing.Waits;
import io.pixelstudio.bridge.testing.SampleSpecs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunSupervisorTest {

    @TempDir
    Path dir;

    private RunRegistry registry() {
        return new RunRegistry(dir.resolve("runs"), Clock.systemUTC());
    }

    @Test
    void aStartedRunIsRecordedRunningWithItsPidThenWithItsOutcome() throws Exception {
        RunRegistry registry = registry();
        RunSupervisor supervisor = new RunSupervisor(registry, Clock.systemUTC());
        RunSpec spec = SampleSpecs.rl();

        RunSupervisor.SupervisedRun run = supervisor.start(spec, FakeTrainer.command(dir, "crash"), new RunListener() { });
        assertThat(run.record().status()).isEqualTo(RunStatus.RUNNING);
        assertThat(run.record().pid()).hasValue(run.process().pid());
        RunRecord ended = run.ended().get(30, TimeUnit.SECONDS);

        RunRecord stored = registry.read(run.record().folder());
        assertThat(stored).isEqualTo(ended);
        assertThat(stored.status()).isEqualTo(RunStatus.FAILED);
        assertThat(stored.exitCode()).hasValue(1);
        assertThat(stored.logTail()).anyMatch(l -> l.contains("CUDA out of memory"));
        assertThat(registry.spec(stored)).isEqualTo(spec);
        assertThat(registry.list()).containsExactly(stored);
    }

    @Test
    void afterARestartALiveRunIsFollowedAgainFromTheStartOfItsEvents() throws Exception {
        RunSupervisor first = new RunSupervisor(registry(), Clock.systemUTC());
        RunSupervisor.SupervisedRun started = first.start(SampleSpecs.rl(),
                FakeTrainer.command(dir, "slow", "5", "0.3"), new RunListener() { });

        List<RunEvent> seen = new CopyOnWriteArrayList<>();
        RunSupervisor restarted = new RunSupervisor(registry(), Clock.systemUTC());
        List<RunSupervisor.SupervisedRun> followed = restarted.reconnect(record -> new RunListener() {
            @Override
            public void accept(RunEvent event) {
                seen.add(event);
            }
        });

        assertThat(followed).extracting(r -> r.record().id()).containsExactly(started.record().id());
        RunRecord ended = followed.get(0).ended().get(30, TimeUnit.SECONDS);
        assertThat(ended.status()).as("not our child: the status comes from the end event").isEqualTo(RunStatus.SUCCEEDED);
        assertThat(ended.exitCode()).isEmpty();
        assertThat(seen).filteredOn(RunEvent.Metrics.class::isInstance).hasSize(5);
        assertThat(seen.get(0)).isInstanceOf(RunEvent.Started.class);
    }

    @Test
    void aRunWhoseProcessIsGoneAfterARestartIsMarkedOrphanedWithItsOutputTail() throws Exception {
        RunRegistry registry = registry();
        RunRecord created = registry.create(SampleSpecs.rl());
        Files.writeString(created.folder().resolve("stderr.log"), "epoch 1/5\nKilled\n");
        registry.save(created.running(Long.MAX_VALUE, Optional.of(Instant.parse("2026-01-01T00:00:00Z"))));

        List<RunSupervisor.SupervisedRun> followed = new RunSupervisor(registry, Clock.systemUTC())
                .reconnect(record -> new RunListener() { });

        assertThat(followed).isEmpty();
        RunRecord stored = registry.read(created.folder());
        assertThat(stored.status()).isEqualTo(RunStatus.ORPHANED);
        assertThat(stored.logTail()).containsExactly("epoch 1/5", "Killed");
    }

    @Test
    void aRunThatCannotStartIsRecordedFailedWithTheReason() throws Exception {
        RunRegistry registry = registry();
        LaunchCommand missing = new LaunchCommand(List.of("no-such-trainer-xyz"), dir, Map.of());

        assertThatThrownBy(() -> new RunSupervisor(registry, Clock.systemUTC())
                .start(SampleSpecs.rl(), missing, new RunListener() { }))
                .isInstanceOf(IOException.class);

        assertThat(registry.list()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(RunStatus.FAILED);
            assertThat(r.lastError()).contains("no-such-trainer-xyz");
        });
    }

    @Test
    void anUnreadableRunStateIsSkippedNotDeleted() throws Exception {
        RunRegistry registry = registry();
        RunRecord good = registry.create(SampleSpecs.rl());
        Path broken = Files.createDirectories(registry.root().resolve("broken"));
        Files.writeString(broken.resolve(RunRegistry.STATE_FILE), "{ not json");

        assertThat(registry.list()).extracting(RunRecord::id).containsExactly(good.id());
        assertThat(broken.resolve(RunRegistry.STATE_FILE)).exists();
    }

    @Test
    void twoRunsWithTheSameNameInTheSameSecondGetDistinctFolders() throws Exception {
        Clock fixed = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), java.time.ZoneOffset.UTC);
        RunRegistry registry = new RunRegistry(dir.resolve("runs"), fixed);

        RunRecord a = registry.create(SampleSpecs.rl());
        RunRecord b = registry.create(SampleSpecs.rl());

        assertThat(a.id()).isEqualTo("20261123-100000-curiosity-on");
        assertThat(b.id()).isEqualTo("20261123-100000-curiosity-on-2");
    }
}
