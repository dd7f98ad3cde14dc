package io.pixelstudio.bridge.run;

import io.pixelstudio.trace.rollout.reward.RewardParameters;

import java.util.List;
import java.util.Objects;

/**
 * Everything needed to start one run, written to the run's folder as {@code spec.json} before the
 * process starts, so a run can always be explained (and repeated, or diffed against another) from
 * its folder alone.
 *
 * @param name            a label for the run list
 * @param kind            SFT, RL or evaluation
 * @param recipe          which trainer runs it: a {@code RunRecipe} id ({@code studio-python},
 *                        {@code llamafactory}, {@code pixelreasoner} …)
 * @param baseModel       local model folder (a Hugging Face layout: config.json, tokenizer.json, weights)
 * @param data            the exported training or evaluation data
 * @param hyperparameters training knobs
 * @param reward          RL reward parameters (ignored by SFT and evaluation)
 * @param devices         devices to use, e.g. {@code cuda:0}, {@code cuda:1}, or {@code cpu}
 * @param output          folder the trainer writes checkpoints, logs and events to
 * @param resumeFrom      checkpoint folder to resume from, empty for a fresh run
 */
public record RunSpec(String name, RunKind kind, String recipe, String baseModel, DataSource data,
                      Hyperparameters hyperparameters, RewardParameters reward, List<String> devices, String output,
                      String resumeFrom) {

    /** The spec file version this build writes and reads. */
    public static final int VERSION = 1;

    public RunSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipe, "recipe");
        Objects.requireNonNull(baseModel, "baseModel");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(hyperparameters, "hyperparameters");
        Objects.requireNonNull(reward, "reward");
        devices = List.copyOf(devices);
        Objects.requireNonNull(output, "output");
        resumeFrom = resumeFrom == null ? "" : resumeFrom;
    }

    /** The same run resumed from {@code checkpoint}. */
    public RunSpec resumingFrom(String checkpoint) {
        return new RunSpec(name, kind, recipe, baseModel, data, hyperparameters, reward, devices, output, checkpoint);
    }
}
