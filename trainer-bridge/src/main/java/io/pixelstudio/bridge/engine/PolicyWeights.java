package io.pixelstudio.bridge.engine;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.XavierInitializer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * An engine policy's DJL model and its parameters: seeded initialisation, inference, saving and
 * loading. Why shared: the image and the video policy differ in their network and decoding, not in
 * how their weights are drawn, run and stored.
 */
public final class PolicyWeights implements AutoCloseable {

    private final Model model;
    private final String name;
    private final String label;

    /**
     * Initialises {@code model}'s block with Xavier weights drawn from {@code seed} (through the
     * engine's seeded generator, so two policies of one seed are equal) for one input of
     * {@code inputShape}.
     *
     * @param name  the file-name stem of saved parameters ({@code <name>-0000.params})
     * @param label what a load error calls a saved policy ("pixel policy")
     */
    public PolicyWeights(Model model, String name, String label, Shape inputShape, long seed) {
        this.model = Objects.requireNonNull(model, "model");
        this.name = Objects.requireNonNull(name, "name");
        this.label = Objects.requireNonNull(label, "label");
        Engine.getEngine(DjlRuntime.ENGINE_NAME).setRandomSeed((int) seed);
        model.getBlock().setInitializer(new XavierInitializer(), Parameter.Type.WEIGHT);
        model.getBlock().initialize(model.getNDManager(), DataType.FLOAT32, inputShape);
    }

    public Model model() {
        return model;
    }

    /** The output rows for the batch {@code x}, without gradient bookkeeping; the array belongs to {@code manager}. */
    public NDArray predict(NDManager manager, NDArray x) {
        return model.getBlock().forward(new ParameterStore(manager, false), new NDList(x), false).singletonOrThrow();
    }

    /** Saves the parameters into {@code folder} (created) and returns the folder. */
    public Path save(Path folder, int epoch) throws IOException {
        Files.createDirectories(folder);
        model.setProperty("Epoch", Integer.toString(epoch));
        model.save(folder, name);
        return folder;
    }

    /** Loads parameters saved by {@link #save}. */
    public void load(Path folder) throws IOException {
        try {
            model.load(folder, name);
        } catch (MalformedModelException e) {
            throw new IOException(folder + ": not a saved " + label + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        model.close();
    }
}
