package io.pixelstudio.bridge.engine.video;

import ai.djl.Model;
import io.pixelstudio.bridge.engine.GradientStep;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Blocks;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.pooling.Pool;

import java.util.List;

/**
 * The frame policy's network: one output row with three heads side by side: action
 * ({@code answer}, {@code select}), frame (one logit per frame of the mosaic) and answer class.
 * Why a frame branch of its own: a first version with all heads on one flattened trunk (the image
 * policy's shape) chose an evidence frame for 0–20 % of held-out flashes after SFT, near chance;
 * scoring each thumbnail with shared weights makes "which frame flashes" a local question.
 */
public final class FrameNetwork {

    /** Index of the "answer now" action. */
    public static final int ACTION_ANSWER = 0;
    /** Index of the "select frames" action. */
    public static final int ACTION_SELECT = 1;

    private final int frames;
    private final int answers;

    public FrameNetwork(int frames, int answers) {
        this.frames = frames;
        this.answers = answers;
    }

    public int frames() {
        return frames;
    }

    /** Width of the output row. */
    public int outputs() {
        return 2 + frames + answers;
    }

    /**
     * A new model holding the (uninitialized) block: a trunk over all planes gives the action and
     * answer logits; a frame branch over the mosaic planes alone (two convolutions, a max-pool over
     * each {@value FrameInput#THUMB}-pixel thumbnail, a 1×1 convolution) gives one logit per
     * thumbnail, so frame {@code n}'s logit is computed from frame {@code n}'s thumbnail. The two are
     * joined into the output row {@code [action | frames | answers]}.
     */
    public Model newModel(String name) {
        Model model = Model.newInstance(name);
        SequentialBlock trunk = new SequentialBlock()
                .add(conv(24)).add(Activation::relu).add(Pool.maxPool2dBlock(new Shape(2, 2)))
                .add(conv(32)).add(Activation::relu).add(Pool.maxPool2dBlock(new Shape(2, 2)))
                .add(conv(32)).add(Activation::relu).add(Pool.maxPool2dBlock(new Shape(2, 2)))
                .add(Blocks.batchFlattenBlock())
                .add(Linear.builder().setUnits(128).build())
                .add(Activation::relu)
                .add(Linear.builder().setUnits(2 + answers).build());
        int thumb = FrameInput.THUMB;
        SequentialBlock frameBranch = new SequentialBlock()
                .add(new LambdaBlock(x -> new NDList(x.singletonOrThrow().get(":, 0:3"))))
                .add(conv(16)).add(Activation::relu)
                .add(conv(16)).add(Activation::relu)
                .add(Pool.maxPool2dBlock(new Shape(thumb, thumb), new Shape(thumb, thumb)))
                .add(Conv2d.builder().setKernelShape(new Shape(1, 1)).setFilters(1).build())
                .add(Blocks.batchFlattenBlock());
        model.setBlock(new ParallelBlock(outs -> {
            NDArray head = outs.get(0).singletonOrThrow();
            NDArray frameLogits = outs.get(1).singletonOrThrow();
            return new NDList(NDArrays.concat(new NDList(head.get(":, 0:2"), frameLogits, head.get(":, 2:")), 1));
        }, List.of(trunk, frameBranch)));
        return model;
    }

    private static Conv2d conv(int filters) {
        return Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1)).setFilters(filters).build();
    }

    /** The input shape of a batch of {@code n} steps. */
    public static Shape inputShape(int n) {
        return new Shape(n, FrameInput.CHANNELS, FrameInput.VIEW, FrameInput.VIEW);
    }

    /** A batch array from {@code inputs} (each {@link FrameInput#of}). */
    public static NDArray batch(NDManager manager, float[][] inputs) {
        return GradientStep.batch(manager, inputs, new Shape(FrameInput.CHANNELS, FrameInput.VIEW, FrameInput.VIEW));
    }

    /** The action head's slice of an output batch. */
    public NDArray actionLogits(NDArray out) {
        return out.get(":, 0:2");
    }

    /** The frame head's slice. */
    public NDArray frameLogits(NDArray out) {
        return out.get(":, 2:" + (2 + frames));
    }

    /** The answer head's slice. */
    public NDArray answerLogits(NDArray out) {
        return out.get(":, " + (2 + frames) + ":" + outputs());
    }
}
