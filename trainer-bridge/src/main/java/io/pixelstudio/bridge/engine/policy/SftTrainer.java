package io.pixelstudio.bridge.engine.policy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import io.pixelstudio.bridge.engine.EngineEventLog;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * Supervised fine-tuning with teacher forcing: minibatches of steps, the sum of the three heads'
 * masked cross-entropies, Adam. Reports {@code start}, one {@code metrics} per update (loss and
 * its parts), a {@code checkpoint} per epoch and {@code end} through the engine's event log.
 */
public final class SftTrainer {

    private final EngineEventLog events;

    public SftTrainer(EngineEventLog events) {
        this.events = Objects.requireNonNull(events, "events");
    }

    /** The mean loss of every epoch, first to last. */
    public record Result(List<Double> epochLosses, long steps) {
    }

    /**
     * Trains {@code policy} on {@code examples}; checkpoints go to {@code checkpoints/epoch-N}.
     * The caller sends {@code start} and {@code end} (a run may go on with RL or evaluation).
     */
    public Result train(PixelPolicy policy, List<SftExample> examples, SftSettings settings, Path checkpoints)
            throws IOException {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no teacher-forced steps to train on");
        }
        PolicyNetwork net = policy.network();
        DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.l2Loss())
                .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(settings.learningRate())).build());
        List<Double> epochLosses = new ArrayList<>();
        Random random = new Random(settings.seed());
        long step = 0;
        try (Trainer trainer = policy.model().newTrainer(config)) {
            for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
                List<SftExample> order = new ArrayList<>(examples);
                Collections.shuffle(order, random);
                double sum = 0;
                int batches = 0;
                for (int from = 0; from < order.size(); from += settings.batchSize()) {
                    List<SftExample> batch = order.subList(from, Math.min(order.size(), from + settings.batchSize()));
                    double[] parts = update(trainer, net, batch);
                    step++;
                    sum += parts[0];
                    batches++;
                    events.metrics(step, Map.of("loss", parts[0], "loss/action", parts[1], "loss/cell", parts[2],
                            "loss/answer", parts[3], "epoch", (double) epoch));
                }
                epochLosses.add(sum / batches);
                Path folder = checkpoints.resolve("epoch-" + epoch);
                policy.save(folder, epoch);
                events.checkpoint(step, folder.toAbsolutePath().toString());
            }
        }
        return new Result(List.copyOf(epochLosses), step);
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
        try (NDManager manager = trainer.getManager().newSubManager()) {
            NDArray x = PolicyNetwork.batch(manager, inputs);
            double[] parts = new double[4];
            try (GradientCollector gc = trainer.newGradientCollector()) {
                NDArray out = trainer.forward(new NDList(x)).singletonOrThrow();
                NDArray action = PolicyNetwork.maskedNll(net.actionLogits(out), actions);
                NDArray cell = PolicyNetwork.maskedNll(net.cellLogits(out), cells);
                NDArray answer = PolicyNetwork.maskedNll(net.answerLogits(out), answers);
                NDArray loss = action.add(cell).add(answer);
                gc.backward(loss);
                parts[0] = loss.getFloat();
                parts[1] = action.getFloat();
                parts[2] = cell.getFloat();
                parts[3] = answer.getFloat();
            }
            trainer.step();
            return parts;
        }
    }
}
