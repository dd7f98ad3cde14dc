package io.pixelstudio.bridge.engine.run;

import io.pixelstudio.bridge.engine.EngineEventLog;
import io.pixelstudio.bridge.engine.policy.SftLoop;
import io.pixelstudio.bridge.engine.rl.RlStepListener;
import io.pixelstudio.bridge.engine.rl.RlStepResult;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Saves the policy every {@code every} RL steps, as the GRPO trainer's {@link RlStepListener} (called
 * on the trainer's thread after each step's update and its {@code metrics} event), and reports each
 * folder with a {@code checkpoint} event. Why a step listener: the trainer stays free of checkpoint
 * policy, and saving happens between two updates with the optimizer and item order untouched.
 */
final class RlCheckpoints implements RlStepListener {

    private final SftLoop.Saver policy;
    private final EngineEventLog events;
    private final Path folder;
    private final int every;
    private long steps;
    private long lastSavedStep;
    private Optional<Path> last = Optional.empty();

    /** Saves through {@code policy} (either policy's {@code save}) under {@code folder/step-NNNNN} every {@code every} steps. */
    RlCheckpoints(SftLoop.Saver policy, EngineEventLog events, Path folder, int every) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.events = Objects.requireNonNull(events, "events");
        this.folder = Objects.requireNonNull(folder, "folder");
        if (every < 1) {
            throw new IllegalArgumentException("checkpoint interval must be 1 or more, not " + every);
        }
        this.every = every;
    }

    @Override
    public void stepDone(RlStepResult result) throws IOException {
        steps = result.step();
        if (steps % every == 0) {
            save();
        }
    }

    /** Saves the last step when it was not saved yet, and returns the last folder saved. */
    Optional<Path> finish() throws IOException {
        if (steps > lastSavedStep) {
            save();
        }
        return last;
    }

    private void save() throws IOException {
        Path saved = folder.resolve(String.format("step-%05d", steps)).toAbsolutePath();
        policy.save(saved, (int) steps);
        lastSavedStep = steps;
        last = Optional.of(saved);
        events.checkpoint(steps, saved.toString());
    }
}
