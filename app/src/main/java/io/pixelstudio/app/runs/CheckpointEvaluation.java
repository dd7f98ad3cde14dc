package io.pixelstudio.app.runs;

import io.pixelstudio.bridge.events.RunEvent;
import io.pixelstudio.bridge.run.DataSource;
import io.pixelstudio.bridge.run.RunKind;
import io.pixelstudio.bridge.run.RunSpec;

import java.nio.file.Path;

/**
 * The evaluation run of one checkpoint: the training spec's recipe, devices and settings, the
 * checkpoint as the model, the evaluation data, and an output folder beside the checkpoints.
 */
final class CheckpointEvaluation {

    private CheckpointEvaluation() {
    }

    static RunSpec of(RunSpec training, RunEvent.Checkpoint checkpoint, DataSource data) {
        String model = resolve(training, checkpoint.path()).toString();
        String output = Path.of(training.output()).resolve("eval-step-" + checkpoint.step()).toString();
        return new RunSpec(training.name() + " · eval step " + checkpoint.step(), RunKind.EVALUATION,
                training.recipe(), model, data, training.hyperparameters(), training.reward(), training.devices(),
                output, "");
    }

    /** A path an event reported, against the run's output folder when relative. */
    static Path resolve(RunSpec spec, String reported) {
        Path path = Path.of(reported);
        return path.isAbsolute() ? path : Path.of(spec.output()).resolve(path).normalize();
    }
}
