package io.pixelstudio.bridge.engine.run;

import io.pixelstudio.bridge.engine.EngineEventLog;
import io.pixelstudio.bridge.engine.policy.PixelPolicy;
import io.pixelstudio.bridge.events.RunEvent;
import io.pixelstudio.bridge.events.RunListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Saves the policy every {@code every} RL steps. Why a listener: the GRPO trainer reports each step's
 * {@code metrics} after its update and has no checkpoint hook of its own, so the run saves when that
 * event passes (on the trainer's thread, between two updates) and reports the folder with a
 * {@code checkpoint} event. Forwards every event to the run's listener first.
 */
final class RlCheckpoints implements RunListener {

    private final RunListener downstream;
    private PixelPolicy policy;
    private EngineEventLog events;
    private Path folder;
    private int every;
    private long steps;
    private Optional<Path> last = Optional.empty();
    private long lastSavedStep;

    RlCheckpoints(RunListener downstream) {
        this.downstream = Objects.requireNonNull(downstream, "downstream");
    }

    /** From now on, every {@code every}-th {@code metrics} event saves {@code policy} under {@code folder}. */
    void arm(PixelPolicy policy, EngineEventLog events, Path folder, int every) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.events = Objects.requireNonNull(events, "events");
        this.folder = Objects.requireNonNull(folder, "folder");
        this.every = every;
        this.steps = 0;
    }

    /** Stops saving; saves the last step when it was not saved yet, and returns the last folder saved. */
    Optional<Path> disarm() throws IOException {
        if (policy != null && steps > lastSavedStep) {
            save();
        }
        policy = null;
        return last;
    }

    @Override
    public void accept(RunEvent event) {
        downstream.accept(event);
        if (policy != null && event instanceof RunEvent.Metrics) {
            steps++;
            if (steps % every == 0) {
                try {
                    save();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot save the RL checkpoint of step " + steps, e);
                }
            }
        }
    }

    private void save() throws IOException {
        Path saved = policy.save(folder.resolve(String.format("step-%05d", steps)), (int) steps);
        lastSavedStep = steps;
        last = Optional.of(saved.toAbsolutePath());
        events.checkpoint(steps, saved.toAbsolutePath().toString());
    }
}
