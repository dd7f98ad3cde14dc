package io.pixelstudio.bridge.engine.policy;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.XavierInitializer;
import io.pixelstudio.bridge.engine.DjlRuntime;

import java.io.IOException;
import java.nio.file.Files;
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
    private final Model model;

    /**
     * A new policy with parameters drawn from {@code seed} (Xavier weights, through the engine's
     * seeded generator, so two policies of one seed are equal).
     */
    public PixelPolicy(DjlRuntime runtime, ZoomGrid grid, AnswerVocabulary vocabulary, long seed) {
        Objects.requireNonNull(runtime, "runtime");
        this.grid = Objects.requireNonNull(grid, "grid");
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
        this.network = new PolicyNetwork(grid.cells(), vocabulary);
        this.model = network.newModel(NAME);
        Engine.getEngine(DjlRuntime.ENGINE_NAME).setRandomSeed((int) seed);
        model.getBlock().setInitializer(new XavierInitializer(), Parameter.Type.WEIGHT);
        model.getBlock().initialize(model.getNDManager(), ai.djl.ndarray.types.DataType.FLOAT32,
                PolicyNetwork.inputShape(1));
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
        return model;
    }

    /** The output rows for {@code inputs}, without gradient bookkeeping; the array belongs to {@code manager}. */
    public NDArray predict(NDManager manager, float[][] inputs) {
        NDArray x = PolicyNetwork.batch(manager, inputs);
        NDList out = model.getBlock().forward(new ParameterStore(manager, false), new NDList(x), false);
        return out.singletonOrThrow();
    }

    /** Saves the parameters into {@code folder} (created) and returns the folder. */
    public Path save(Path folder, int epoch) throws IOException {
        Files.createDirectories(folder);
        model.setProperty("Epoch", Integer.toString(epoch));
        model.save(folder, NAME);
        return folder;
    }

    /** Loads parameters saved by {@link #save}. */
    public void load(Path folder) throws IOException {
        try {
            model.load(folder, NAME);
        } catch (MalformedModelException e) {
            throw new IOException(folder + ": not a saved pixel policy: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        model.close();
    }
}
