package io.pixelstudio.bridge.engine.run;

import io.pixelstudio.bridge.engine.DjlRuntime;
import io.pixelstudio.bridge.engine.EngineEventLog;
import io.pixelstudio.bridge.engine.rl.RlStepResult;
import io.pixelstudio.bridge.events.RunListener;
import io.pixelstudio.bridge.run.RunSpec;
import io.pixelstudio.bridge.run.RunSpecException;
import io.pixelstudio.trace.progress.ProgressListener;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
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
 * phases through the same pipeline ({@link RunPhases}, with {@link VideoRunPhases} instead of
 * {@link ImageRunPhases}) and writes the same files, its selected frames under {@code engine-frames/} instead of crops.
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
        try (RunPhases<?> phases = s.variant() == EngineVariant.VIDEO
                ? VideoRunPhases.open(runtime, progress, spec, s, folder, out, events)
                : ImageRunPhases.open(runtime, progress, spec, s, folder, out, events)) {
            return phases.run(spec, s, folder, out, events);
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
