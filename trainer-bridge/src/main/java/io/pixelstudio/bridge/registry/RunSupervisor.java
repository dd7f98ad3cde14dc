package io.pixelstudio.bridge.registry;

import io.pixelstudio.bridge.events.RunListener;
import io.pixelstudio.bridge.process.LaunchCommand;
import io.pixelstudio.bridge.process.LogTail;
import io.pixelstudio.bridge.process.RunOutcome;
import io.pixelstudio.bridge.process.RunProcess;
import io.pixelstudio.bridge.process.RunStatus;
import io.pixelstudio.bridge.process.TrainerOutput;
import io.pixelstudio.bridge.recipe.PreparedRun;
import io.pixelstudio.bridge.recipe.RecipeException;
import io.pixelstudio.bridge.recipe.RecipeSettings;
import io.pixelstudio.bridge.recipe.RunRecipe;
import io.pixelstudio.bridge.run.RunSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Starts runs into the registry and keeps their state files true: running with its pid once the
 * process starts, and its outcome (status, exit code, last error, output tail) once it ends. After a
 * restart, {@link #reconnect} follows the runs still alive and marks the others orphaned.
 */
public final class RunSupervisor {

    private static final Logger LOG = LoggerFactory.getLogger(RunSupervisor.class);
    private static final int ORPHAN_TAIL_LINES = 200;

    private final RunRegistry registry;
    private final Clock clock;

    public RunSupervisor(RunRegistry registry, Clock clock) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A run being followed: its record as started, the process, and the final record once it ends. */
    public record SupervisedRun(RunRecord record, RunProcess process, CompletableFuture<RunRecord> ended) {
    }

    /**
     * Creates the run's folder, starts {@code command} and follows it.
     *
     * @throws IOException when the folder cannot be written or the program cannot start (the run is
     *                     then recorded as failed with the reason)
     */
    public SupervisedRun start(RunSpec spec, LaunchCommand command, RunListener listener) throws IOException {
        return start(spec, command, TrainerOutput.EVENTS_ONLY, listener);
    }

    /** Like {@link #start(RunSpec, LaunchCommand, RunListener)} for a trainer whose progress is read as {@code output} says. */
    public SupervisedRun start(RunSpec spec, LaunchCommand command, TrainerOutput output, RunListener listener)
            throws IOException {
        return launch(registry.create(spec), command, output, listener);
    }

    private SupervisedRun launch(RunRecord created, LaunchCommand command, TrainerOutput output, RunListener listener)
            throws IOException {
        RunProcess process;
        try {
            process = RunProcess.launch(command, created.folder(), listener, output);
        } catch (IOException e) {
            registry.save(created.ended(new RunOutcome(RunStatus.FAILED, OptionalInt.empty(), e.getMessage(), List.of()),
                    clock.instant()));
            throw e;
        }
        RunRecord running = created.running(process.pid(), process.startInstant());
        registry.save(running);
        return new SupervisedRun(running, process, whenEnded(running, process));
    }

    /**
     * Creates the run's folder, lets {@code recipe} write what it needs there, and starts the run.
     *
     * @throws RecipeException when the recipe cannot run the spec here (the run is recorded as failed)
     */
    public SupervisedRun start(RunSpec spec, RunRecipe recipe, RecipeSettings settings, RunListener listener)
            throws IOException, RecipeException {
        RunRecord created = registry.create(spec);
        PreparedRun prepared;
        try {
            prepared = recipe.prepare(spec, created.folder(), settings);
        } catch (RecipeException e) {
            registry.save(created.ended(new RunOutcome(RunStatus.FAILED, OptionalInt.empty(), e.getMessage(), List.of()),
                    clock.instant()));
            throw e;
        }
        return launch(created, prepared.command(), prepared.output(), listener);
    }

    /**
     * Follows again the runs recorded as running whose process is still alive (the listener for each
     * comes from {@code listeners}); marks the others orphaned, keeping the tail of their output.
     */
    public List<SupervisedRun> reconnect(Function<RunRecord, RunListener> listeners) throws IOException {
        return reconnect(listeners, record -> TrainerOutput.EVENTS_ONLY);
    }

    /** Like {@link #reconnect(Function)}, reading each run's progress as its recipe says. */
    public List<SupervisedRun> reconnect(Function<RunRecord, RunListener> listeners,
                                         Function<RunRecord, TrainerOutput> outputs) throws IOException {
        List<SupervisedRun> followed = new ArrayList<>();
        for (RunRecord record : registry.list()) {
            if (record.status() != RunStatus.RUNNING) {
                continue;
            }
            Optional<RunProcess> process = record.pid().isPresent() && record.processStart().isPresent()
                    ? RunProcess.attach(record.pid().getAsLong(), record.processStart().get(), record.folder(),
                    listeners.apply(record), outputs.apply(record))
                    : Optional.empty();
            if (process.isPresent()) {
                followed.add(new SupervisedRun(record, process.get(), whenEnded(record, process.get())));
            } else {
                registry.save(record.ended(new RunOutcome(RunStatus.ORPHANED, OptionalInt.empty(),
                        "the studio was closed while the run ended; its exit status is unknown",
                        tailOf(record.folder())), clock.instant()));
            }
        }
        return followed;
    }

    private CompletableFuture<RunRecord> whenEnded(RunRecord running, RunProcess process) {
        return process.outcome().thenApply(outcome -> {
            RunRecord ended = running.ended(outcome, clock.instant());
            try {
                registry.save(ended);
            } catch (IOException e) {
                LOG.error("cannot record the end of run {}", running.id(), e);
                throw new UncheckedIOException(e);
            }
            return ended;
        });
    }

    private static List<String> tailOf(Path folder) throws IOException {
        LogTail tail = new LogTail(ORPHAN_TAIL_LINES);
        for (String file : List.of(RunProcess.EVENTS_FILE, RunProcess.STDERR_FILE)) {
            Path path = folder.resolve(file);
            if (Files.exists(path)) {
                Files.readAllLines(path, StandardCharsets.UTF_8).forEach(tail::add);
            }
        }
        return tail.lines();
    }
}
