package io.pixelstudio.bridge.engine.run;

import io.pixelstudio.bridge.engine.EngineEventLog;
import io.pixelstudio.bridge.engine.policy.SftLoop;
import io.pixelstudio.bridge.engine.policy.SftSettings;
import io.pixelstudio.bridge.engine.policy.SftTrainer;
import io.pixelstudio.bridge.engine.rl.RlSettings;
import io.pixelstudio.bridge.engine.rl.RlStepListener;
import io.pixelstudio.bridge.engine.rl.RlStepResult;
import io.pixelstudio.bridge.run.RunSpec;
import io.pixelstudio.trace.eval.Benchmark;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The order of an embedded run's phases — weights, SFT, RL with checkpoints and evaluations during
 * RL, the held-out evaluation into predictions — written once for both variants. Why abstract: the
 * image and the video run differ only in their suite, policy, trainers and evaluation types, which a
 * subclass ({@link ImageRunPhases}, {@link VideoRunPhases}) supplies; the step axis, checkpoint
 * folders, events and files stay one pipeline.
 *
 * @param <E> the variant's SFT example type
 */
abstract class RunPhases<E> implements AutoCloseable {

    /** The folder of the suite the run reads. */
    abstract Path suiteFolder();

    /** How the suite is named in messages ("probe suite", "video probe suite"). */
    abstract String suiteName();

    /** The policy's parameter writer, for checkpoints. */
    abstract SftLoop.Saver saver();

    /** Loads the policy's weights from a checkpoint folder. */
    abstract void load(Path checkpoint) throws IOException;

    /** The teacher-forced examples of the suite's training traces. */
    abstract List<E> sftExamples() throws IOException;

    /** Fine-tunes the policy on {@code examples}, a checkpoint per epoch under {@code checkpoints}. */
    abstract SftTrainer.Result sft(EngineEventLog events, List<E> examples, SftSettings settings, Path checkpoints)
            throws IOException;

    /** Runs GRPO over the training split; rollouts under {@code out}, {@code afterStep} after each update. */
    abstract List<RlStepResult> rl(EngineEventLog events, RlSettings settings, Path out, RlStepListener afterStep)
            throws IOException;

    /** Whether the suite has a held-out split. */
    abstract boolean hasHeldOut();

    /** The held-out figures of the policy as it is now; {@code label} names the evaluation's traces. */
    abstract Map<String, Double> heldOutFigures(String label) throws IOException;

    /** Evaluates the held-out split into the predictions files under {@code folder}. */
    abstract HeldOutPredictions.Result writeHeldOut(Path folder, String name, String checkpoint) throws IOException;

    @Override
    public abstract void close();

    /** Runs the phases {@code s} asks for; events through {@code events}, files under {@code out}. */
    final EngineRun.Result run(RunSpec spec, EngineRunSettings s, Path folder, Path out, EngineEventLog events)
            throws IOException {
        Optional<Path> last = Optional.empty();
        if (s.startFrom().isPresent()) {
            Path start = folder.resolve(s.startFrom().get()).normalize();
            load(start);
            last = Optional.of(start);
            events.log("info", "weights from " + start);
        }
        List<E> examples = s.runsSft() ? sftExamples() : List.of();
        if (s.runsSft() && examples.isEmpty()) {
            throw new IOException(suiteFolder() + ": the suite has no training traces (project/) to fine-tune on");
        }
        long sftUpdates = s.sftEpochs() * (long) Math.ceil(examples.size() / (double) s.sftBatch());
        events.started(s.kind().name().toLowerCase(Locale.ROOT), sftUpdates + s.rlSteps());
        Path checkpoints = out.resolve("checkpoints");
        List<Double> losses = List.of();
        long step = 0;
        if (s.runsSft()) {
            SftTrainer.Result sft = sft(events, examples,
                    new SftSettings(s.sftEpochs(), s.sftBatch(), s.sftLearningRate(), s.seed()), checkpoints.resolve("sft"));
            losses = sft.epochLosses();
            step = sft.steps();
            last = Optional.of(checkpoints.resolve("sft").resolve("epoch-" + s.sftEpochs()));
        }
        List<RlStepResult> rl = List.of();
        if (s.runsRl()) {
            events.continueStepsAfter(step);
            RlCheckpoints saved = new RlCheckpoints(saver(), events, checkpoints.resolve("rl"), s.checkpointEvery());
            RlStepListener afterStep = r -> {
                saved.stepDone(r);
                if (s.evaluateEvery() > 0 && r.step() % s.evaluateEvery() == 0 && r.step() < s.rlSteps()
                        && hasHeldOut()) {
                    events.metrics(r.step(), heldOutFigures(String.format("rl%05d", r.step())));
                }
            };
            rl = rl(events, new RlSettings(s.rlSteps(), s.questions(), s.groupSize(), s.rlLearningRate(), s.seed(),
                    spec.reward()), out, afterStep);
            Optional<Path> lastRl = saved.finish();
            last = lastRl.isPresent() ? lastRl : last;
            step += s.rlSteps();
            events.continueStepsAfter(0);
        }
        Optional<Path> predictions = Optional.empty();
        Map<String, Double> figures = Map.of();
        if (s.evaluate()) {
            if (!hasHeldOut()) {
                throw new IOException(suiteFolder() + ": the " + suiteName() + " has no held-out items to evaluate");
            }
            String checkpoint = last.map(Path::toString).orElse(EngineRunSettings.NEW_POLICY);
            HeldOutPredictions.Result r = writeHeldOut(out.resolve("evaluation"), spec.name(), checkpoint);
            figures = r.metrics();
            events.metrics(Math.max(step, 1), figures);
            events.log("info", "held-out figures in " + r.summary());
            events.predictions(r.predictions().toString(), Benchmark.PROBES.id());
            predictions = Optional.of(r.predictions());
        }
        return new EngineRun.Result(losses, rl, last, predictions, figures);
    }
}
