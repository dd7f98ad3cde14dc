package io.pixelstudio.bridge.engine.video;

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
 * Supervised fine-tuning of the frame policy with teacher forcing: minibatches of steps, the sum
 * of the three heads' cross-entropies (the frame head's against the spread evidence target), Adam.
 * Reports one {@code metrics} event per update ({@code loss}, {@code loss/action},
 * {@code loss/frames}, {@code loss/answer}, {@code epoch}) and a {@code checkpoint} per epoch.
 */
public final class FrameSftTrainer {

    private final EngineEventLog events;

    public FrameSftTrainer(EngineEventLog events) {
        this.events = Objects.requireNonNull(events, "events");
    }

    /** The mean loss of every epoch, first to last, and the updates made. */
    public record Result(List<Double> epochLosses, long steps) {
    }

    /** Trains {@code policy} on {@code examples}; checkpoints go to {@code checkpoints/epoch-N}. */
    public Result train(FramePolicy policy, List<FrameSftExample> examples, FrameSftSettings settings,
                        Path checkpoints) throws IOException {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no teacher-forced steps to train on");
        }
        DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.l2Loss())
                .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(settings.learningRate())).build());
        List<Double> epochLosses = new ArrayList<>();
        Random random = new Random(settings.seed());
        long step = 0;
        try (Trainer trainer = policy.model().newTrainer(config)) {
            for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
                List<FrameSftExample> order = new ArrayList<>(examples);
                Collections.shuffle(order, random);
                double sum = 0;
                int batches = 0;
                for (int from = 0; from < order.size(); from += settings.batchSize()) {
                    double[] parts = update(trainer, policy.network(),
                            order.subList(from, Math.min(order.size(), from + settings.batchSize())));
                    step++;
                    sum += parts[0];
                    batches++;
                    events.metrics(step, Map.of("loss", parts[0], "loss/action", parts[1], "loss/frames", parts[2],
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

    private static double[] update(Trainer trainer, FrameNetwork net, List<FrameSftExample> batch) {
        int n = batch.size();
        float[][] inputs = new float[n][];
        int[] actions = new int[n];
        float[][] frames = new float[n][];
        int[] answers = new int[n];
        for (int i = 0; i < n; i++) {
            FrameSftExample e = batch.get(i);
            inputs[i] = e.input();
            actions[i] = e.action();
            frames[i] = e.frames();
            answers[i] = e.answer();
        }
        try (NDManager manager = trainer.getManager().newSubManager()) {
            NDArray x = FrameNetwork.batch(manager, inputs);
            double[] parts = new double[4];
            try (GradientCollector gc = trainer.newGradientCollector()) {
                NDArray out = trainer.forward(new NDList(x)).singletonOrThrow();
                NDArray action = FrameNetwork.softNll(net.actionLogits(out), FrameNetwork.oneHot(actions, 2));
                NDArray frame = FrameNetwork.softNll(net.frameLogits(out), frames);
                NDArray answer = FrameNetwork.softNll(net.answerLogits(out),
                        FrameNetwork.oneHot(answers, (int) net.answerLogits(out).getShape().get(1)));
                NDArray loss = action.add(frame).add(answer);
                gc.backward(loss);
                parts[0] = loss.getFloat();
                parts[1] = action.getFloat();
                parts[2] = frame.getFloat();
                parts[3] = answer.getFloat();
            }
            trainer.step();
            return parts;
        }
    }
}
