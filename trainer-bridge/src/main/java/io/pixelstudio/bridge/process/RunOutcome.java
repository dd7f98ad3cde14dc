package io.pixelstudio.bridge.process;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * How a run ended: the status, the exit code when the studio launched the process itself (a process
 * re-attached after a restart is not our child, so its code cannot be read), the trainer's last
 * reported error, and the tail of its output so a crash is explained without opening the log.
 */
public record RunOutcome(RunStatus status, OptionalInt exitCode, String lastError, List<String> logTail) {

    public RunOutcome {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(exitCode, "exitCode");
        Objects.requireNonNull(lastError, "lastError");
        logTail = List.copyOf(logTail);
    }
}
