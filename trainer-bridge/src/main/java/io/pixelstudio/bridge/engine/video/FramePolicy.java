package io.pixelstudio.bridge.engine.video;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.XavierInitializer;
import io.pixelstudio.bridge.engine.DjlRuntime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A frame policy instance: the network's DJL model with its parameters and the answer vocabulary.
 * Why its own type: SFT, rollouts and evaluation share one set of weights and one decoding of the
 * output row.
 */
public final class FramePolicy implements AutoCloseable {

    /** File-name stem of saved parameters ({@code <stem>-0000.params}). */
    public static final String NAME = "frame-policy";

    private final FrameNetwork network;
    private final FrameAnswers answers;
    private final Model model;

    /** A new policy with Xavier weights drawn from {@code seed}, so two policies of one seed are equal. */
    public FramePolicy(DjlRuntime runtime, FrameAnswers answers, long seed) {
        Objects.requireNonNull(runtime, "runtime");
        this.answers = Objects.requireNonNull(answers, "answers");
        this.network = new FrameNetwork(FrameInput.FRAMES, answers.size());
        this.model = network.newModel(NAME);
        Engine.getEngine(DjlRuntime.ENGINE_NAME).setRandomSeed((int) seed);
        model.getBlock().setInitializer(new XavierInitializer(), Parameter.Type.WEIGHT);
        model.getBlock().initialize(model.getNDManager(), DataType.FLOAT32, FrameNetwork.inputShape(1));
    }

    public FrameNetwork network() {
        return network;
    }

    public FrameAnswers answers() {
        return answers;
    }

    public Model model() {
        return model;
    }

    /** The output rows for {@code inputs}, without gradient bookkeeping; the array belongs to {@code manager}. */
    public NDArray predict(NDManager manager, float[][] inputs) {
        NDArray x = FrameNetwork.batch(manager, inputs);
        return model.getBlock().forward(new ParameterStore(manager, false), new NDList(x), false).singletonOrThrow();
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
            throw new IOException(folder + ": not a saved frame policy: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        model.close();
    }
}
