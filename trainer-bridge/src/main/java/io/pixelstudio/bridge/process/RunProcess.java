package io.pixelstudio.bridge.process;

import io.pixelstudio.bridge.events.RunEvent;
import io.pixelstudio.bridge.events.RunEventParser;
import io.pixelstudio.bridge.events.RunListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One supervised trainer process. Its standard output (the event stream) goes to
 * {@code events.log} and its error output to {@code stderr.log} in the run folder; followers read
 * both files, parse events for the listener and keep a tail for the failure summary. Because the
 * process writes files rather than pipes, it keeps running when the studio exits and
 * {@link #attach} follows it again after a restart.
 */
public final class RunProcess {

    /** The event stream file in a run folder. */
    public static final String EVENTS_FILE = "events.log";
    /** The error output file in a run folder. */
    public static final String STDERR_FILE = "stderr.log";
    private static final int TAIL_LINES = 200;
    private static final Logger LOG = LoggerFactory.getLogger(RunProcess.class);

    private final ProcessHandle handle;
    private final Process child;
    private final LogTail tail = new LogTail(TAIL_LINES);
    private final AtomicReference<String> lastError = new AtomicReference<>("");
    private final AtomicReference<String> endedStatus = new AtomicReference<>("");
    private final CompletableFuture<RunOutcome> outcome = new CompletableFuture<>();
    private volatile boolean stopRequested;

    private RunProcess(ProcessHandle handle, Process child) {
        this.handle = handle;
        this.child = child;
    }

    /**
     * Starts {@code command} with its output going to files in {@code runFolder}, and follows them.
     *
     * @throws IOException when the program cannot be started (the message names it)
     */
    public static RunProcess launch(LaunchCommand command, Path runFolder, RunListener listener) throws IOException {
        return launch(command, runFolder, listener, TrainerOutput.EVENTS_ONLY);
    }

    /**
     * Like {@link #launch(LaunchCommand, Path, RunListener)}, also converting plain output lines and
     * following the trainer's own log files as {@code output} says.
     */
    public static RunProcess launch(LaunchCommand command, Path runFolder, RunListener listener, TrainerOutput output)
            throws IOException {
        Objects.requireNonNull(listener, "listener");
        Files.createDirectories(runFolder);
        ProcessBuilder builder = new ProcessBuilder(command.argv())
                .directory(command.workingFolder().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(runFolder.resolve(EVENTS_FILE).toFile()))
                .redirectError(ProcessBuilder.Redirect.appendTo(runFolder.resolve(STDERR_FILE).toFile()));
        builder.environment().putAll(command.environment());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IOException("cannot start " + command.argv().get(0) + ": " + e.getMessage(), e);
        }
        RunProcess run = new RunProcess(process.toHandle(), process);
        run.follow(runFolder, listener, output);
        return run;
    }

    /**
     * Follows a process started earlier (by a studio that has since exited), when it is still the
     * same process: alive, with the recorded start instant. Events are re-read from the start of the
     * stream so the listener sees the whole run.
     */
    public static Optional<RunProcess> attach(long pid, Instant started, Path runFolder, RunListener listener,
                                              TrainerOutput output) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(h -> h.info().startInstant().map(started::equals).orElse(false));
        return handle.map(h -> {
            RunProcess run = new RunProcess(h, null);
            run.follow(runFolder, listener, output);
            return run;
        });
    }

    private void follow(Path runFolder, RunListener listener, TrainerOutput output) {
        RunEventParser parser = new RunEventParser();
        List<LineFollower> followers = new ArrayList<>();
        followers.add(LineFollower.start(runFolder.resolve(EVENTS_FILE), (line, number) -> {
            RunEvent event = parser.parse(number, line);
            record(listener, event);
            if (event instanceof RunEvent.Output && output.outputConverter().isPresent()) {
                output.outputConverter().get().convert(number, line).ifPresent(e -> record(listener, e));
            }
        }, "run-events-" + handle.pid()));
        followers.add(LineFollower.start(runFolder.resolve(STDERR_FILE),
                (line, number) -> tail.add(line), "run-stderr-" + handle.pid()));
        for (FollowedFile file : output.followedFiles()) {
            followers.add(LineFollower.start(file.file(), (line, number) -> file.converter().convert(number, line)
                    .ifPresent(e -> record(listener, e)), "run-file-" + handle.pid()));
        }
        handle.onExit().whenComplete((exited, failure) -> {
            try {
                for (LineFollower follower : followers) {
                    follower.drainAndStop();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            outcome.complete(decide());
        });
    }

    /** Notes what the outcome needs from {@code event}, then hands it to the listener. */
    private void record(RunListener listener, RunEvent event) {
        if (event instanceof RunEvent.Error error) {
            lastError.set(error.message());
            tail.add(error.message());
        } else if (event instanceof RunEvent.Ended ended) {
            endedStatus.set(ended.status());
        } else if (event instanceof RunEvent.Output plain) {
            tail.add(plain.text());
        }
        deliver(listener, event);
    }

    private static void deliver(RunListener listener, RunEvent event) {
        try {
            listener.accept(event);
        } catch (RuntimeException e) {
            LOG.warn("a run listener failed on line {}", event.line(), e);
        }
    }

    private RunOutcome decide() {
        OptionalInt exit = child == null ? OptionalInt.empty() : OptionalInt.of(child.exitValue());
        RunStatus status;
        if (stopRequested) {
            status = RunStatus.STOPPED;
        } else if (exit.isPresent()) {
            status = exit.getAsInt() == 0 ? RunStatus.SUCCEEDED : RunStatus.FAILED;
        } else if (endedStatus.get().equals("succeeded")) {
            status = RunStatus.SUCCEEDED;
        } else if (endedStatus.get().isEmpty()) {
            status = RunStatus.ORPHANED;
        } else {
            status = RunStatus.FAILED;
        }
        return new RunOutcome(status, exit, lastError.get(), tail.lines());
    }

    /** The process id (recorded in the registry for {@link #attach}). */
    public long pid() {
        return handle.pid();
    }

    /** When the process started, as the OS reports it (recorded with the pid to recognise it later). */
    public Optional<Instant> startInstant() {
        return handle.info().startInstant();
    }

    /** Completes when the process has exited and its output has been read to the end. */
    public CompletableFuture<RunOutcome> outcome() {
        return outcome;
    }

    /** True while the process runs. */
    public boolean isAlive() {
        return handle.isAlive();
    }

    /**
     * Stops the process and everything it started: terminate, then kill after {@code grace}. The
     * outcome becomes {@link RunStatus#STOPPED}.
     */
    public void stop(Duration grace) throws InterruptedException {
        stopRequested = true;
        ProcessTree.stop(handle, grace);
    }

    private static File nullDevice() {
        return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
