package io.pixelstudio.bridge.engine.run;

import io.pixelstudio.bridge.engine.DjlRuntime;
import io.pixelstudio.bridge.engine.EngineEventLog;
import io.pixelstudio.bridge.engine.policy.AnswerVocabulary;
import io.pixelstudio.bridge.engine.policy.HeldOutEvaluation;
import io.pixelstudio.bridge.engine.policy.PixelPolicy;
import io.pixelstudio.bridge.engine.policy.SftExample;
import io.pixelstudio.bridge.engine.policy.SftExamples;
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
import io.pixelstudio.bridge.events.RunListener;
import io.pixelstudio.bridge.run.RunSpec;
import io.pixelstudio.bridge.run.RunSpecException;
import io.pixelstudio.trace.eval.Benchmark;
import io.pixelstudio.trace.progress.ProgressListener;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One embedded run from a spec of recipe {@code embedded}: opens (or generates) the probe suite,
 * makes or loads the policy, runs SFT and/or RL as the spec says, then evaluates the held-out split
 * greedily into a studio predictions file. Everything is reported through {@link EngineEventLog} in
 * the run folder's {@code events.log}, so the Runs screen follows it like any trainer; a failure is
 * reported as {@code error} + {@code end failed} and rethrown. Files (under the spec's output, or the
 * run folder when it is empty): {@code checkpoints/sft/epoch-N}, {@code checkpoints/rl/step-NNNNN},
 * {@code rollouts/step-NNNNN.jsonl}, {@code engine-crops/}, {@code evaluation/held-out.predictions.jsonl} and
 * {@code evaluation/held-out.summary.json}. The video variant ({@code extra.variant=video}) runs its
 * phases in {@link VideoRunPhases} inside the same frame (events, device check, failure handling) and
 * writes the same files, its selected frames under {@code engine-frames/} instead of crops.
 */
public final class EngineRun {

    private final DjlRuntime runtime;
    private final ProgressListener progress;

    public EngineRun(DjlRuntime runtime, ProgressListener progress) {
        this.runtime = Objects.requireNonNull(runtime, "runtime");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** What the run did: SFT epoch losses, RL steps, the last checkpoint, the evaluation's predictions and numbers. */
    public record Result(List<Double> sftEpochLosses, List<RlStepResult> rlSteps, Optional<Path> lastCheckpoint,
                         Optional<Path> predictions, Map<String, Double> evaluation) {
    }

    /**
     * Runs {@code spec}; events go to {@code runFolder/events.log} and to {@code listener}.
     *
     * @throws RunSpecException when the spec cannot run on the embedded engine (nothing is written then)
     */
    public Result run(RunSpec spec, Path runFolder, RunListener listener) throws IOException, RunSpecException {
        EngineRunSettings settings = EngineRunSettings.of(spec);
        Path folder = runFolder.toAbsolutePath().normalize();
        Path out = spec.output().isBlank() ? folder : folder.resolve(spec.output()).normalize();
        try (EngineEventLog events = new EngineEventLog(folder, listener)) {
            try {
                Result result = phases(spec, settings, folder, out, events);
                events.ended("succeeded");
                return result;
            } catch (IOException | RuntimeException e) {
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                events.error(Objects.requireNonNullElse(e.getMessage(), e.getClass().getName()), trace.toString());
                events.ended("failed");
                throw e;
            }
        }
    }

    private Result phases(RunSpec spec, EngineRunSettings s, Path folder, Path out, EngineEventLog events)
            throws IOException {
        requireDevice(s, events);
        if (s.variant() == EngineVariant.VIDEO) {
            return new VideoRunPhases(runtime, progress).run(spec, s, folder, out, events);
        }
        events.log("info", "probe suite: " + spec.data().path());
        ProbeSuites.Loaded suite = ProbeSuites.open(folder.resolve(spec.data().path()), s.probeSeed(), s.probeCount(),
                progress);
        if (suite.generated()) {
            events.log("info", "generated " + suite.items().size() + " probes (seed " + s.probeSeed() + ") into "
                    + suite.folder());
        }
        ZoomGrid grid = new ZoomGrid(ProbeGenerator.GRID);
        try (PixelPolicy policy = new PixelPolicy(runtime, grid, AnswerVocabulary.probes(), s.seed())) {
            Optional<Path> last = Optional.empty();
            if (s.startFrom().isPresent()) {
                Path start = folder.resolve(s.startFrom().get()).normalize();
                policy.load(start);
                last = Optional.of(start);
                events.log("info", "weights from " + start);
            }
            List<SftExample> examples = s.runsSft()
                    ? new SftExamples(grid, AnswerVocabulary.probes()).of(suite.traces(), suite.traceMedia()) : List.of();
            if (s.runsSft() && examples.isEmpty()) {
                throw new IOException(suite.folder() + ": the suite has no training traces (project/) to fine-tune on");
            }
            long sftUpdates = s.sftEpochs() * (long) Math.ceil(examples.size() / (double) s.sftBatch());
            events.started(s.kind().name().toLowerCase(Locale.ROOT), sftUpdates + s.rlSteps());
            List<Double> losses = List.of();
            long step = 0;
            if (s.runsSft()) {
                SftTrainer.Result sft = new SftTrainer(events).train(policy, examples,
                        new SftSettings(s.sftEpochs(), s.sftBatch(), s.sftLearningRate(), s.seed()),
                        out.resolve("checkpoints").resolve("sft"));
                losses = sft.epochLosses();
                step = sft.steps();
                last = Optional.of(out.resolve("checkpoints").resolve("sft").resolve("epoch-" + s.sftEpochs()));
            }
            List<RlStepResult> rl = List.of();
            List<ProbeItem> heldOut = suite.split(ProbeSplit.TEST);
            HeldOutEvaluation evaluation = new HeldOutEvaluation(policy, out.resolve("evaluation"));
            if (s.runsRl()) {
                events.continueStepsAfter(step);
                RlCheckpoints checkpoints = new RlCheckpoints(policy::save, events, out.resolve("checkpoints").resolve("rl"),
                        s.checkpointEvery());
                RlStepListener afterStep = r -> {
                    checkpoints.stepDone(r);
                    if (s.evaluateEvery() > 0 && r.step() % s.evaluateEvery() == 0 && r.step() < s.rlSteps()
                            && !heldOut.isEmpty()) {
                        events.metrics(r.step(), HeldOutPredictions.figures(
                                evaluation.evaluate(heldOut, String.format("rl%05d", r.step()))));
                    }
                };
                rl = new GrpoTrainer(events).train(policy, suite.split(ProbeSplit.TRAIN), out,
                        new RlSettings(s.rlSteps(), s.questions(), s.groupSize(), s.rlLearningRate(), s.seed(),
                                spec.reward()), out, afterStep);
                Optional<Path> saved = checkpoints.finish();
                last = saved.isPresent() ? saved : last;
                step += s.rlSteps();
                events.continueStepsAfter(0);
            }
            Optional<Path> predictions = Optional.empty();
            Map<String, Double> figures = Map.of();
            if (s.evaluate()) {
                if (heldOut.isEmpty()) {
                    throw new IOException(suite.folder() + ": the probe suite has no held-out items to evaluate");
                }
                String checkpoint = last.map(Path::toString).orElse(EngineRunSettings.NEW_POLICY);
                HeldOutPredictions.Result r = new HeldOutPredictions().write(evaluation.evaluate(heldOut, "eval"),
                        out.resolve("evaluation"), spec.name(), checkpoint);
                figures = r.metrics();
                events.metrics(Math.max(step, 1), figures);
                events.log("info", "held-out figures in " + r.summary());
                events.predictions(r.predictions().toString(), Benchmark.PROBES.id());
                predictions = Optional.of(r.predictions());
            }
            return new Result(losses, rl, last, predictions, figures);
        }
    }

    /** A GPU the engine cannot see is an error; a CPU run on a machine with GPUs is only noted. */
    private void requireDevice(EngineRunSettings s, EngineEventLog events) {
        int gpus = runtime.engine().getGpuCount();
        if (s.gpu() && gpus == 0) {
            throw new IllegalStateException("the spec asks for a GPU (cuda:N) but DJL's PyTorch engine "
                    + runtime.version() + " sees none: this build carries the CPU natives (pytorch-native-cpu); "
                    + "build with the Maven profile -Pcuda on a machine with an NVIDIA driver, or set devices to cpu");
        }
        events.log("info", "engine PyTorch " + runtime.version() + ", device " + runtime.engine().defaultDevice()
                + (s.gpu() ? "" : gpus > 0 ? " (the spec says cpu; hide the GPUs with CUDA_VISIBLE_DEVICES= to keep "
                + "it off them)" : ""));
    }
}
