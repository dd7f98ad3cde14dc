package io.pixelstudio.bridge.engine.run;

import io.pixelstudio.bridge.engine.DjlRuntime;
import io.pixelstudio.bridge.engine.EngineEventLog;
import io.pixelstudio.bridge.engine.policy.AnswerVocabulary;
import io.pixelstudio.bridge.engine.policy.HeldOutEvaluation;
import io.pixelstudio.bridge.engine.policy.PixelPolicy;
import io.pixelstudio.bridge.engine.policy.SftExample;
import io.pixelstudio.bridge.engine.policy.SftExamples;
import io.pixelstudio.bridge.engine.policy.SftLoop;
import io.pixelstudio.bridge.engine.policy.SftSettings;
import io.pixelstudio.bridge.engine.policy.SftTrainer;
import io.pixelstudio.bridge.engine.policy.ZoomGrid;
import io.pixelstudio.bridge.engine.probes.ProbeGenerator;
import io.pixelstudio.bridge.engine.probes.ProbeItem;
import io.pixelstudio.bridge.engine.probes.ProbeSplit;
import io.pixelstudio.bridge.engine.rl.GrpoTrainer;
import io.pixelstudio.bridge.engine.rl.RlSettings;
import io.pixelstudio.bridge.engine.rl.RlStepListener;
import io.pixelstudio.bridge.engine.rl.RlStepResult;
import io.pixelstudio.bridge.run.RunSpec;
import io.pixelstudio.trace.progress.ProgressListener;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The image run's phases: the pixel-probe suite, the zoom policy ({@link PixelPolicy}), SFT
 * ({@link SftTrainer}), GRPO ({@link GrpoTrainer}) and the held-out evaluation
 * ({@link HeldOutEvaluation} written by {@link HeldOutPredictions}). Why its own class: it supplies
 * the image types to the one pipeline in {@link RunPhases}.
 */
final class ImageRunPhases extends RunPhases<SftExample> {

    private final ProbeSuites.Loaded suite;
    private final ZoomGrid grid = new ZoomGrid(ProbeGenerator.GRID);
    private final PixelPolicy policy;
    private final List<ProbeItem> heldOut;
    private final HeldOutEvaluation evaluation;

    private ImageRunPhases(DjlRuntime runtime, ProbeSuites.Loaded suite, long seed, Path out) {
        this.suite = suite;
        this.policy = new PixelPolicy(runtime, grid, AnswerVocabulary.probes(), seed);
        this.heldOut = suite.split(ProbeSplit.TEST);
        this.evaluation = new HeldOutEvaluation(policy, out.resolve("evaluation"));
    }

    /** Opens (or generates) the spec's probe suite and makes a policy from the run's seed. */
    static ImageRunPhases open(DjlRuntime runtime, ProgressListener progress, RunSpec spec, EngineRunSettings s,
                               Path folder, Path out, EngineEventLog events) throws IOException {
        events.log("info", "probe suite: " + spec.data().path());
        ProbeSuites.Loaded suite = ProbeSuites.open(folder.resolve(spec.data().path()), s.probeSeed(), s.probeCount(),
                progress);
        if (suite.generated()) {
            events.log("info", "generated " + suite.items().size() + " probes (seed " + s.probeSeed() + ") into "
                    + suite.folder());
        }
        return new ImageRunPhases(runtime, suite, s.seed(), out);
    }

    @Override
    Path suiteFolder() {
        return suite.folder();
    }

    @Override
    String suiteName() {
        return "probe suite";
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
    List<SftExample> sftExamples() throws IOException {
        return new SftExamples(grid, AnswerVocabulary.probes()).of(suite.traces(), suite.traceMedia());
    }

    @Override
    SftTrainer.Result sft(EngineEventLog events, List<SftExample> examples, SftSettings settings, Path checkpoints)
            throws IOException {
        return new SftTrainer(events).train(policy, examples, settings, checkpoints);
    }

    @Override
    List<RlStepResult> rl(EngineEventLog events, RlSettings settings, Path out, RlStepListener afterStep)
            throws IOException {
        return new GrpoTrainer(events).train(policy, suite.split(ProbeSplit.TRAIN), out, settings, out, afterStep);
    }

    @Override
    boolean hasHeldOut() {
        return !heldOut.isEmpty();
    }

    @Override
    Map<String, Double> heldOutFigures(String label) throws IOException {
        return HeldOutPredictions.figures(evaluation.evaluate(heldOut, label));
    }

    @Override
    HeldOutPredictions.Result writeHeldOut(Path folder, String name, String checkpoint) throws IOException {
        return new HeldOutPredictions().write(evaluation.evaluate(heldOut, "eval"), folder, name, checkpoint);
    }

    @Override
    public void close() {
        policy.close();
    }
}
