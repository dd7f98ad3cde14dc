package io.pixelstudio.bridge.engine.policy;

import ai.djl.Model;
import io.pixelstudio.bridge.engine.GradientStep;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * The policy network's shape and decoding: the layers ({@link PolicyBlock}: a whole-view stream
 * with a grid-aligned cell head, a crop stream, a trunk for the action and answer heads) and one
 * output row holding three heads side by side: action ({@code answer}, {@code zoom}), zoom cell
 * (one logit per grid cell) and answer class. Why one output row: one forward pass serves all
 * three heads, and training, rollouts and the loss share one slicing.
 */
public final class PolicyNetwork {

    /** Index of the "answer now" action. */
    public static final int ACTION_ANSWER = 0;
    /** Index of the "zoom" action. */
    public static final int ACTION_ZOOM = 1;

    private final int cells;
    private final int answers;
    private final float[] answerMask;

    /** A network over {@code cells} cells and {@code answers} classes, no answer masking. */
    public PolicyNetwork(int cells, int answers) {
        this(cells, answers, new float[PolicyInput.KINDS * answers]);
    }

    /** A network whose answers are restricted to the question kind's ({@link AnswerVocabulary#kindMask}). */
    public PolicyNetwork(int cells, AnswerVocabulary vocabulary) {
        this(cells, vocabulary.size(), vocabulary.kindMask(PolicyBlock.MASKED));
    }

    private PolicyNetwork(int cells, int answers, float[] answerMask) {
        int side = (int) Math.round(Math.sqrt(cells));
        if (side * side != cells) {
            throw new IllegalArgumentException("the cells must form a square grid: " + cells);
        }
        this.cells = cells;
        this.answers = answers;
        this.answerMask = answerMask;
    }

    public int cells() {
        return cells;
    }

    public int answers() {
        return answers;
    }

    /** Width of the output row. */
    public int outputs() {
        return 2 + cells + answers;
    }

    /** A new model holding the (uninitialized) block. */
    public Model newModel(String name) {
        Model model = Model.newInstance(name);
        model.setBlock(new PolicyBlock((int) Math.round(Math.sqrt(cells)), answers, answerMask));
        return model;
    }

    /** The input shape of a batch of {@code n} steps. */
    public static Shape inputShape(int n) {
        return new Shape(n, PolicyInput.CHANNELS, PolicyInput.VIEW, PolicyInput.VIEW);
    }

    /** A batch array from {@code inputs} (each {@link PolicyInput#of}). */
    public static NDArray batch(NDManager manager, float[][] inputs) {
        return GradientStep.batch(manager, inputs, new Shape(PolicyInput.CHANNELS, PolicyInput.VIEW, PolicyInput.VIEW));
    }

    /** The action head's slice of an output batch. */
    public NDArray actionLogits(NDArray out) {
        return out.get(":, 0:2");
    }

    /** The zoom-cell head's slice. */
    public NDArray cellLogits(NDArray out) {
        return out.get(":, 2:" + (2 + cells));
    }

    /** The answer head's slice. */
    public NDArray answerLogits(NDArray out) {
        return out.get(":, " + (2 + cells) + ":" + outputs());
    }
}
