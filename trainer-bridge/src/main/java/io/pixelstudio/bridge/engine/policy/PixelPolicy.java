package io.pixelstudio.bridge.engine.policy;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import io.pixelstudio.bridge.engine.DjlRuntime;
import io.pixelstudio.bridge.engine.PolicyWeights;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A policy instance: the network's DJL model with its parameters, the zoom grid and the answer
 * vocabulary. Why its own type: training, rollouts and evaluation share one set of weights and one
 * decoding of the output row.
 */
public final class PixelPolicy implements AutoCloseable {

    /** File-name stem of saved parameters ({@code <stem>-0000.params}). */
    public static final String NAME = "pixel-policy";

    private final PolicyNetwork network;
    private final ZoomGrid grid;
    private final AnswerVocabulary vocabulary;
    private final PolicyWeights weights;

    /**
     * A new policy with parameters drawn from {@code seed} (Xavier weights, through the engine's
     * seeded generator, so two policies of one seed are equal).
     */
    public PixelPolicy(DjlRuntime runtime, ZoomGrid grid, AnswerVocabulary vocabulary, long seed) {
        Objects.requireNonNull(runtime, "runtime");
        this.grid = Objects.requireNonNull(grid, "grid");
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
        this.network = new PolicyNetwork(grid.cells(), vocabulary);
        this.weights = new PolicyWeights(network.newModel(NAME), NAME, "pixel policy", PolicyNetwork.inputShape(1), seed);
    }

    public PolicyNetwork network() {
        return network;
    }

    public ZoomGrid grid() {
        return grid;
    }

    public AnswerVocabulary vocabulary() {
        return vocabulary;
    }

    public Model model() {
        return weights.model();
    }

    /** The output rows for {@code inputs}, without gradient bookkeeping; the array belongs to {@code manager}. */
    public NDArray predict(NDManager manager, float[][] inputs) {
        return weights.predict(manager, PolicyNetwork.batch(manager, inputs));
    }

    /** Saves the parameters into {@code folder} (created) and returns the folder. */
    public Path save(Path folder, int epoch) throws IOException {
        return weights.save(folder, epoch);
    }

    /** Loads parameters saved by {@link #save}. */
    public void load(Path folder) throws IOException {
        weights.load(folder);
    }

    @Override
    public void close() {
        weights.close();
    }
}
