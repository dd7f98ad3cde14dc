package io.pixelstudio.bridge.engine.policy;

import ai.djl.Model;
import ai.djl.training.Trainer;
import io.pixelstudio.bridge.engine.EngineEventLog;
import io.pixelstudio.bridge.engine.GradientStep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * The teacher-forcing loop both engine policies train with: per epoch, shuffle the steps with the
 * settings' seed, one Adam update per minibatch, a {@code metrics} event per update (the loss, its
 * three head parts and the epoch), a checkpoint in {@code checkpoints/epoch-N} and a
 * {@code checkpoint} event per epoch. Why shared: the image and the video policy differ only in the
 * per-batch loss, which the caller passes in.
 *
 * @param <E> a teacher-forced step
 */
public final class SftLoop<E> {

    /** The policy-specific half: one update on a minibatch, returning the loss and its three head parts. */
    @FunctionalInterface
    public interface Update<E> {
        double[] apply(Trainer trainer, List<E> batch);
    }

    /** Saves the policy's parameters after an epoch. */
    @FunctionalInterface
    public interface Saver {
        void save(Path folder, int epoch) throws IOException;
    }

    private final EngineEventLog events;
    private final List<String> partNames;
    private final Update<E> update;

    /**
     * @param partNames the metric names of the three head parts ({@code loss/action}, ...), in the
     *                  order {@code update} returns them after the loss
     */
    public SftLoop(EngineEventLog events, List<String> partNames, Update<E> update) {
        this.events = Objects.requireNonNull(events, "events");
        this.partNames = List.copyOf(partNames);
        if (this.partNames.size() != 3) {
            throw new IllegalArgumentException("three loss parts expected: " + partNames);
        }
        this.update = Objects.requireNonNull(update, "update");
    }

    /** Trains {@code model} on {@code examples}, saving through {@code saver} after each epoch. */
    public SftTrainer.Result train(Model model, Saver saver, List<E> examples, SftSettings settings,
                                   Path checkpoints) throws IOException {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no teacher-forced steps to train on");
        }
        List<Double> epochLosses = new ArrayList<>();
        Random random = new Random(settings.seed());
        long step = 0;
        try (Trainer trainer = model.newTrainer(GradientStep.adam(settings.learningRate()))) {
            for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
                List<E> order = new ArrayList<>(examples);
                Collections.shuffle(order, random);
                double sum = 0;
                int batches = 0;
                for (int from = 0; from < order.size(); from += settings.batchSize()) {
                    double[] parts = update.apply(trainer,
                            order.subList(from, Math.min(order.size(), from + settings.batchSize())));
                    step++;
                    sum += parts[0];
                    batches++;
                    events.metrics(step, Map.of("loss", parts[0], partNames.get(0), parts[1], partNames.get(1),
                            parts[2], partNames.get(2), parts[3], "epoch", (double) epoch));
                }
                epochLosses.add(sum / batches);
                Path folder = checkpoints.resolve("epoch-" + epoch);
                saver.save(folder, epoch);
                events.checkpoint(step, folder.toAbsolutePath().toString());
            }
        }
        return new SftTrainer.Result(List.copyOf(epochLosses), step);
    }
}
