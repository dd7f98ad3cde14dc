package io.pixelstudio.bridge.engine.policy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * The policy's layers: two convolution streams, one over the whole view and one over the crop,
 * each also seeing the question-kind planes. The zoom-cell head is spatially aligned with the grid:
 * the whole stream's feature map is max-pooled to {@code grid × grid} and a 1×1 convolution gives
 * one logit per cell, so "where is the evidence" is learnt once and shared by every cell instead of
 * being re-learnt per cell by a dense layer. The crop stream ends in global max and mean pooling:
 * what a glyph is does not depend on where in the crop it lies (max), and a dot count is a sum
 * (mean), so reading generalises from few examples. The action and answer heads read a trunk over
 * the crop features, a summary of the whole stream and the kind / has-zoomed flags. Answers outside the
 * question kind's vocabulary get a fixed {@link #MASKED} logit (the question names its kind).
 * Output row: action (2) | cell ({@code grid²}) | answer.
 */
final class PolicyBlock extends AbstractBlock {

    /** Logit added to answers the question's kind cannot have: softmax gives them ~0. */
    static final float MASKED = -1e4f;

    private static final int STREAM_PLANES = 3 + PolicyInput.FLAG_PLANES;

    private final int grid;
    private final int answers;
    private final float[] mask;
    private final Block whole;
    private final Block cellConv;
    private final Block wholeSummary;
    private final Block crop;
    private final Block trunk;

    /**
     * @param mask {@code kinds × answers} values added to the answer logits per question kind
     *             (0 allowed, {@link #MASKED} not), row-major
     */
    PolicyBlock(int grid, int answers, float[] mask) {
        int pooled = PolicyInput.VIEW / 4;
        if (pooled % grid != 0) {
            throw new IllegalArgumentException("a view of " + PolicyInput.VIEW + " px cannot pool to a grid of " + grid);
        }
        this.grid = grid;
        this.answers = answers;
        this.mask = mask.clone();
        this.whole = addChildBlock("whole", convStages(pooled / grid));
        this.cellConv = addChildBlock("cell", Conv2d.builder().setKernelShape(new Shape(1, 1)).setFilters(1).build());
        this.wholeSummary = addChildBlock("wholeSummary", new SequentialBlock().add(Blocks.batchFlattenBlock())
                .add(Linear.builder().setUnits(64).build()).add(Activation::relu));
        this.crop = addChildBlock("crop", convStages(2)
                .add(Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1)).setFilters(64).build())
                .add(Activation::relu)
                .add(x -> new NDList(Pool.globalMaxPool2d(x.singletonOrThrow()).concat(
                        Pool.globalAvgPool2d(x.singletonOrThrow()), 1))));
        this.trunk = addChildBlock("trunk", new SequentialBlock().add(Linear.builder().setUnits(128).build())
                .add(Activation::relu).add(Linear.builder().setUnits(2 + answers).build()));
    }

    private static SequentialBlock convStages(int lastPool) {
        return new SequentialBlock()
                .add(Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1)).setFilters(16).build())
                .add(Activation::relu)
                .add(Pool.maxPool2dBlock(new Shape(2, 2)))
                .add(Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1)).setFilters(32).build())
                .add(Activation::relu)
                .add(Pool.maxPool2dBlock(new Shape(2, 2)))
                .add(Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1)).setFilters(32).build())
                .add(Activation::relu)
                .add(Pool.maxPool2dBlock(new Shape(lastPool, lastPool)));
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        NDArray flagPlanes = x.get(":, 6:");
        NDArray wholeMap = whole.forward(store, new NDList(x.get(":, 0:3").concat(flagPlanes, 1)), training)
                .singletonOrThrow();
        NDArray cells = cellConv.forward(store, new NDList(wholeMap), training).singletonOrThrow()
                .reshape(-1, (long) grid * grid);
        NDArray summary = wholeSummary.forward(store, new NDList(wholeMap), training).singletonOrThrow();
        NDArray cropFeatures = crop.forward(store, new NDList(x.get(":, 3:6").concat(flagPlanes, 1)), training)
                .singletonOrThrow();
        NDArray flags = flagPlanes.get(":, :, 0, 0");
        NDArray heads = trunk.forward(store, new NDList(NDArrays.concat(new NDList(summary, cropFeatures, flags), 1)),
                training).singletonOrThrow();
        NDArray kinds = flags.get(":, 0:" + PolicyInput.KINDS);
        NDArray answerMask = kinds.matMul(x.getManager().create(mask, new Shape(PolicyInput.KINDS, answers)));
        NDArray answerLogits = heads.get(":, 2:").add(answerMask);
        return new NDList(NDArrays.concat(new NDList(heads.get(":, 0:2"), cells, answerLogits), 1));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[]{new Shape(inputShapes[0].get(0), 2L + (long) grid * grid + answers)};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        long n = inputShapes[0].get(0);
        Shape stream = new Shape(n, STREAM_PLANES, PolicyInput.VIEW, PolicyInput.VIEW);
        whole.initialize(manager, dataType, stream);
        Shape map = whole.getOutputShapes(new Shape[]{stream})[0];
        cellConv.initialize(manager, dataType, map);
        wholeSummary.initialize(manager, dataType, map);
        crop.initialize(manager, dataType, stream);
        long features = wholeSummary.getOutputShapes(new Shape[]{map})[0].get(1)
                + crop.getOutputShapes(new Shape[]{stream})[0].get(1) + PolicyInput.FLAG_PLANES;
        trunk.initialize(manager, dataType, new Shape(n, features));
    }
}
