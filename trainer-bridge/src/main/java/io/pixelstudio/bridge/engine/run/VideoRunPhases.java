package io.pixelstudio.bridge.engine.run;

import io.pixelstudio.bridge.engine.DjlRuntime;
import io.pixelstudio.bridge.engine.EngineEventLog;
import io.pixelstudio.bridge.engine.policy.AnswerVocabulary;
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
import io.pixelstudio.trace.eval.Benchmark;
import io.pixelstudio.trace.progress.ProgressListener;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The phases of a video run ({@code extra.variant=video}): the video probe suite, the frame policy,
 * SFT ({@link FrameSftTrainer}), GRPO ({@link FrameGrpoTrainer}) with {@link RlCheckpoints} and
 * evaluations during RL, then the held-out evaluation into the same files as the image run
 * ({@link VideoHeldOutPredictions}). Why its own class: {@link EngineRun} keeps one pipeline (events,
 * device check, failure reporting) and hands the variant's phases here; the two policies, suites and
 * evaluations have different types, and the step order and file names are the image run's.
 */
final class VideoRunPhases {

    private final DjlRuntime runtime;
    private final ProgressListener progress;

    VideoRunPhases(DjlRuntime runtime, ProgressListener progress) {
        this.runtime = Objects.requireNonNull(runtime, "runtime");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    EngineRun.Result run(RunSpec spec, EngineRunSettings s, Path folder, Path out, EngineEventLog events)
            throws IOException {
        events.log("info", "video probe suite: " + spec.data().path());
        VideoProbeSuites.Loaded suite = VideoProbeSuites.open(folder.resolve(spec.data().path()), s.probeSeed(),
                s.probeCount(), progress);
        if (suite.generated()) {
            events.log("info", "generated " + suite.items().size() + " video probes (seed " + s.probeSeed() + ") into "
                    + suite.folder());
        }
        AnswerVocabulary answers = AnswerVocabulary.videoProbes();
        try (FramePolicy policy = new FramePolicy(runtime, answers, s.seed())) {
            Optional<Path> last = Optional.empty();
            if (s.startFrom().isPresent()) {
                Path start = folder.resolve(s.startFrom().get()).normalize();
                policy.load(start);
                last = Optional.of(start);
                events.log("info", "weights from " + start);
            }
            List<FrameSftExample> examples = s.runsSft()
                    ? new FrameSftExamples(answers).of(suite.traces(), suite.traceMedia()) : List.of();
            if (s.runsSft() && examples.isEmpty()) {
                throw new IOException(suite.folder() + ": the suite has no training traces (project/) to fine-tune on");
            }
            long sftUpdates = s.sftEpochs() * (long) Math.ceil(examples.size() / (double) s.sftBatch());
            events.started(s.kind().name().toLowerCase(Locale.ROOT), sftUpdates + s.rlSteps());
            List<Double> losses = List.of();
            long step = 0;
            Path checkpoints = out.resolve("checkpoints");
            if (s.runsSft()) {
                SftTrainer.Result sft = new FrameSftTrainer(events).train(policy, examples,
                        new SftSettings(s.sftEpochs(), s.sftBatch(), s.sftLearningRate(), s.seed()),
                        checkpoints.resolve("sft"));
                losses = sft.epochLosses();
                step = sft.steps();
                last = Optional.of(checkpoints.resolve("sft").resolve("epoch-" + s.sftEpochs()));
            }
            List<VideoProbeItem> heldOut = suite.split(ProbeSplit.TEST);
            FrameEvaluation evaluation = new FrameEvaluation(policy, out);
            List<RlStepResult> rl = List.of();
            if (s.runsRl()) {
                events.continueStepsAfter(step);
                RlCheckpoints saver = new RlCheckpoints(policy::save, events, checkpoints.resolve("rl"),
                        s.checkpointEvery());
                RlStepListener afterStep = r -> {
                    saver.stepDone(r);
                    if (s.evaluateEvery() > 0 && r.step() % s.evaluateEvery() == 0 && r.step() < s.rlSteps()
                            && !heldOut.isEmpty()) {
                        events.metrics(r.step(), VideoHeldOutPredictions.figures(
                                evaluation.evaluate(heldOut, String.format("rl%05d", r.step()))));
                    }
                };
                rl = new FrameGrpoTrainer(events).train(policy, suite.split(ProbeSplit.TRAIN), out,
                        new RlSettings(s.rlSteps(), s.questions(), s.groupSize(), s.rlLearningRate(), s.seed(),
                                spec.reward()), out, afterStep);
                Optional<Path> saved = saver.finish();
                last = saved.isPresent() ? saved : last;
                step += s.rlSteps();
                events.continueStepsAfter(0);
            }
            Optional<Path> predictions = Optional.empty();
            Map<String, Double> figures = Map.of();
            if (s.evaluate()) {
                if (heldOut.isEmpty()) {
                    throw new IOException(suite.folder() + ": the video probe suite has no held-out items to evaluate");
                }
                String checkpoint = last.map(Path::toString).orElse(EngineRunSettings.NEW_POLICY);
                HeldOutPredictions.Result r = new VideoHeldOutPredictions().write(evaluation.evaluate(heldOut),
                        out.resolve("evaluation"), spec.name(), checkpoint);
                figures = r.metrics();
                events.metrics(Math.max(step, 1), figures);
                events.log("info", "held-out figures in " + r.summary());
                events.predictions(r.predictions().toString(), Benchmark.PROBES.id());
                predictions = Optional.of(r.predictions());
            }
            return new EngineRun.Result(losses, rl, last, predictions, figures);
        }
    }
}
