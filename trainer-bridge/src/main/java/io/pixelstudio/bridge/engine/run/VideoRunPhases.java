package io.pixelstudio.bridge.engine.run;

import io.pixelstudio.bridge.engine.DjlRuntime;
import io.pixelstudio.bridge.engine.EngineEventLog;
import io.pixelstudio.bridge.engine.policy.AnswerVocabulary;
import io.pixelstudio.bridge.engine.policy.SftLoop;
import io.pixelstudio.bridge.engine.policy.SftSettings;
import io.pixelstudio.bridge.engine.policy.SftTrainer;
import io.pixelstudio.bridge.engine.probes.ProbeSplit;
import io.pixelstudio.bridge.engine.probes.VideoProbeItem;
import io.pixelstudio.bridge.engine.rl.RlSettings;
import io.pixelstudio.bridge.engine.rl.RlStepListener;
import io.pixelstudio.bridge.engine.rl.RlStepResult;
import io.pixelstudio.bridge.engine.video.FrameEvaluation;
import io.pixelstudio.bridge.engine.video.FrameGrpoTrainer;
import io.pixelstudio.bridge.engine.video.FramePolicy;
import io.pixelstudio.bridge.engine.video.FrameSftExample;
import io.pixelstudio.bridge.engine.video.FrameSftExamples;
import io.pixelstudio.bridge.engine.video.FrameSftTrainer;
import io.pixelstudio.bridge.run.RunSpec;
import io.pixelstudio.trace.progress.ProgressListener;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The video run's phases ({@code extra.variant=video}): the video probe suite, the frame policy,
 * SFT ({@link FrameSftTrainer}), GRPO ({@link FrameGrpoTrainer}) and the held-out evaluation
 * ({@link FrameEvaluation} written by {@link VideoHeldOutPredictions}) into the same files as the image
 * run. Why its own class: it supplies the video types to the one pipeline in {@link RunPhases}.
 */
final class VideoRunPhases extends RunPhases<FrameSftExample> {

    private final VideoProbeSuites.Loaded suite;
    private final AnswerVocabulary answers = AnswerVocabulary.videoProbes();
    private final FramePolicy policy;
    private final List<VideoProbeItem> heldOut;
    private final FrameEvaluation evaluation;

    private VideoRunPhases(DjlRuntime runtime, VideoProbeSuites.Loaded suite, long seed, Path out) {
        this.suite = suite;
        this.policy = new FramePolicy(runtime, answers, seed);
        this.heldOut = suite.split(ProbeSplit.TEST);
        this.evaluation = new FrameEvaluation(policy, out);
    }

    /** Opens (or generates) the spec's video probe suite and makes a frame policy from the run's seed. */
    static VideoRunPhases open(DjlRuntime runtime, ProgressListener progress, RunSpec spec, EngineRunSettings s,
                               Path folder, Path out, EngineEventLog events) throws IOException {
        events.log("info", "video probe suite: " + spec.data().path());
        VideoProbeSuites.Loaded suite = VideoProbeSuites.open(folder.resolve(spec.data().path()), s.probeSeed(),
                s.probeCount(), progress);
        if (suite.generated()) {
            events.log("info", "generated " + suite.items().size() + " video probes (seed " + s.probeSeed() + ") into "
                    + suite.folder());
        }
        return new VideoRunPhases(runtime, suite, s.seed(), out);
    }

    @Override
    Path suiteFolder() {
        return suite.folder();
    }

    @Override
    String suiteName() {
        return "video probe suite";
    }

    @Override
    SftLoop.Saver saver() {
        return policy::save;
    }

    @Override
    void load(Path checkpoint) throws IOException {
        policy.load(checkpoint);
    }

    @Override
    List<FrameSftExample> sftExamples() throws IOException {
        return new FrameSftExamples(answers).of(suite.traces(), suite.traceMedia());
    }

    @Override
    SftTrainer.Result sft(EngineEventLog events, List<FrameSftExample> examples, SftSettings settings,
                          Path checkpoints) throws IOException {
        return new FrameSftTrainer(events).train(policy, examples, settings, checkpoints);
    }

    @Override
    List<RlStepResult> rl(EngineEventLog events, RlSettings settings, Path out, RlStepListener afterStep)
            throws IOException {
        return new FrameGrpoTrainer(events).train(policy, suite.split(ProbeSplit.TRAIN), out, settings, out, afterStep);
    }

    @Override
    boolean hasHeldOut() {
        return !heldOut.isEmpty();
    }

    @Override
    Map<String, Double> heldOutFigures(String label) throws IOException {
        return VideoHeldOutPredictions.figures(evaluation.evaluate(heldOut, label));
    }

    @Override
    HeldOutPredictions.Result writeHeldOut(Path folder, String name, String checkpoint) throws IOException {
        return new VideoHeldOutPredictions().write(evaluation.evaluate(heldOut), folder, name, checkpoint);
    }

    @Override
    public void close() {
        policy.close();
    }
}
