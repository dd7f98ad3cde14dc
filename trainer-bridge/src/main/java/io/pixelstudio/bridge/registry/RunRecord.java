package io.pixelstudio.bridge.registry;

import io.pixelstudio.bridge.process.RunOutcome;
import io.pixelstudio.bridge.process.RunStatus;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What the registry knows of one run ({@code run.json} in its folder).
 *
 * @param id           the folder name, unique in the registry
 * @param folder       the run's folder (spec, state, event stream, error output)
 * @param name         the spec's name
 * @param status       where it stands
 * @param pid          the trainer's process id while it runs
 * @param processStart the OS start instant of that process, to recognise it after a restart
 * @param created      when the run was created
 * @param ended        when it ended
 * @param exitCode     the exit code when the studio saw it
 * @param lastError    the trainer's last reported error
 * @param logTail      the last lines of output when it ended
 */
public record RunRecord(String id, Path folder, String name, RunStatus status, OptionalLong pid,
                        Optional<Instant> processStart, Instant created, Optional<Instant> ended,
                        OptionalInt exitCode, String lastError, List<String> logTail) {

    public RunRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(pid, "pid");
        Objects.requireNonNull(processStart, "processStart");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(ended, "ended");
        Objects.requireNonNull(exitCode, "exitCode");
        Objects.requireNonNull(lastError, "lastError");
        logTail = List.copyOf(logTail);
    }

    /** The run once its process started. */
    public RunRecord running(long processId, Optional<Instant> started) {
        return new RunRecord(id, folder, name, RunStatus.RUNNING, OptionalLong.of(processId), started, created,
                Optional.empty(), OptionalInt.empty(), "", List.of());
    }

    /** The run once it ended. */
    public RunRecord ended(RunOutcome outcome, Instant at) {
        return new RunRecord(id, folder, name, outcome.status(), pid, processStart, created, Optional.of(at),
                outcome.exitCode(), outcome.lastError(), outcome.logTail());
    }
}
