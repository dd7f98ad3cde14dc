package io.pixelstudio.bridge.engine.video;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import io.pixelstudio.bridge.engine.DjlRuntime;
import io.pixelstudio.bridge.engine.PolicyWeights;
import io.pixelstudio.bridge.engine.policy.AnswerVocabulary;

import java.io.IOException;
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
    private final AnswerVocabulary answers;
    private final PolicyWeights weights;

    /** A new policy with Xavier weights drawn from {@code seed}, so two policies of one seed are equal. */
    public FramePolicy(DjlRuntime runtime, AnswerVocabulary answers, long seed) {
        Objects.requireNonNull(runtime, "runtime");
        this.answers = Objects.requireNonNull(answers, "answers");
        this.network = new FrameNetwork(FrameInput.FRAMES, answers.size());
        this.weights = new PolicyWeights(network.newModel(NAME), NAME, "frame policy", FrameNetwork.inputShape(1), seed);
    }

    public FrameNetwork network() {
        return network;
    }

    public AnswerVocabulary answers() {
        return answers;
    }

    public Model model() {
        return weights.model();
    }

    /** The output rows for {@code inputs}, without gradient bookkeeping; the array belongs to {@code manager}. */
    public NDArray predict(NDManager manager, float[][] inputs) {
        return weights.predict(manager, FrameNetwork.batch(manager, inputs));
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
