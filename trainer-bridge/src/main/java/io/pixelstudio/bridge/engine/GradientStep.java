package io.pixelstudio.bridge.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;

import java.util.Objects;
import java.util.function.Function;

/**
 * One optimizer update of an engine policy: stack the step inputs into a batch, forward, backward
 * on a loss, Adam step. Why shared: the image and the video policy, SFT and GRPO alike, differ only
 * in the input planes' shape and the loss they build on the output rows.
 */
public final class GradientStep {

    private GradientStep() {
    }

    /** The training configuration every engine trainer uses: Adam at a fixed {@code learningRate}. */
    public static DefaultTrainingConfig adam(float learningRate) {
        return new DefaultTrainingConfig(Loss.l2Loss())
                .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(learningRate)).build());
    }

    /** A batch array of shape {@code (inputs.length, plane...)} from per-step inputs of that plane shape. */
    public static NDArray batch(NDManager manager, float[][] inputs, Shape plane) {
        Objects.requireNonNull(inputs, "inputs");
        int size = (int) plane.size();
        float[] flat = new float[inputs.length * size];
        for (int i = 0; i < inputs.length; i++) {
            System.arraycopy(inputs[i], 0, flat, i * size, size);
        }
        return manager.create(flat, new Shape(inputs.length).addAll(plane));
    }

    /**
     * Forwards the batch {@code x} made by {@code batcher}, back-propagates the first array
     * {@code losses} returns, steps the optimizer; returns every returned array's value (the loss
     * first, then any parts reported beside it).
     */
    public static double[] run(Trainer trainer, Function<NDManager, NDArray> batcher,
                               Function<NDArray, NDArray[]> losses) {
        try (NDManager manager = trainer.getManager().newSubManager()) {
            NDArray x = batcher.apply(manager);
            double[] values;
            try (GradientCollector gc = trainer.newGradientCollector()) {
                NDArray out = trainer.forward(new NDList(x)).singletonOrThrow();
                NDArray[] parts = losses.apply(out);
                gc.backward(parts[0]);
                values = new double[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    values[i] = parts[i].getFloat();
                }
            }
            trainer.step();
            return values;
        }
    }
}
