package io.pixelstudio.bridge.engine.policy;

import ai.djl.ndarray.NDArray;
import ai.djl.training.Trainer;
import io.pixelstudio.bridge.engine.EngineEventLog;
import io.pixelstudio.bridge.engine.GradientStep;
import io.pixelstudio.bridge.engine.HeadLosses;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Supervised fine-tuning with teacher forcing: minibatches of steps, the sum of the three heads'
 * masked cross-entropies, Adam ({@link SftLoop}). Reports one {@code metrics} per update (loss and
 * its parts {@code loss/action}, {@code loss/cell}, {@code loss/answer}) and a {@code checkpoint}
 * per epoch through the engine's event log.
 */
public final class SftTrainer {

    private final EngineEventLog events;

    public SftTrainer(EngineEventLog events) {
        this.events = Objects.requireNonNull(events, "events");
    }

    /** The mean loss of every epoch, first to last, and the updates made. */
    public record Result(List<Double> epochLosses, long steps) {
    }

    /**
     * Trains {@code policy} on {@code examples}; checkpoints go to {@code checkpoints/epoch-N}.
     * The caller sends {@code start} and {@code end} (a run may go on with RL or evaluation).
     */
    public Result train(PixelPolicy policy, List<SftExample> examples, SftSettings settings, Path checkpoints)
            throws IOException {
        PolicyNetwork net = policy.network();
        return new SftLoop<SftExample>(events, List.of("loss/action", "loss/cell", "loss/answer"),
                (trainer, batch) -> update(trainer, net, batch))
                .train(policy.model(), policy::save, examples, settings, checkpoints);
    }

    private static double[] update(Trainer trainer, PolicyNetwork net, List<SftExample> batch) {
        float[][] inputs = new float[batch.size()][];
        int[] actions = new int[batch.size()];
        int[] cells = new int[batch.size()];
        int[] answers = new int[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            SftExample e = batch.get(i);
            inputs[i] = e.input();
            actions[i] = e.action();
            cells[i] = e.cell();
            answers[i] = e.answer();
        }
        return GradientStep.run(trainer, m -> PolicyNetwork.batch(m, inputs), out -> {
            NDArray action = HeadLosses.maskedNll(net.actionLogits(out), actions);
            NDArray cell = HeadLosses.maskedNll(net.cellLogits(out), cells);
            NDArray answer = HeadLosses.maskedNll(net.answerLogits(out), answers);
            return new NDArray[] {action.add(cell).add(answer), action, cell, answer};
        });
    }
}
