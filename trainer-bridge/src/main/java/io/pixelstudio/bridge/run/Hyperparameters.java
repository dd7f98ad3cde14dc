package io.pixelstudio.bridge.run;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The training knobs every recipe understands, with the values the Pixel Reasoner recipes use as
 * defaults, plus {@code extra} flags passed through to one recipe untouched (so a spec never has to
 * lose a setting the studio does not model).
 *
 * @param learningRate          peak learning rate
 * @param epochs                passes over the data (SFT); ignored by RL, which counts {@code maxSteps}
 * @param batchSize             per-device batch size
 * @param gradientAccumulation  micro-batches per optimizer step
 * @param maxLength             token limit of one sequence (text plus visual tokens)
 * @param seed                  random seed
 * @param finetuning            {@code lora} or {@code full}
 * @param loraRank              LoRA rank (with {@code lora})
 * @param loraAlpha             LoRA alpha (with {@code lora})
 * @param groupSize             RL: rollouts per question (G)
 * @param maxSteps              RL: optimizer steps; SFT: 0 = run the epochs
 * @param temperature           RL and evaluation sampling temperature
 * @param extra                 recipe-specific flags, by name
 */
public record Hyperparameters(double learningRate, int epochs, int batchSize, int gradientAccumulation, int maxLength,
                              long seed, String finetuning, int loraRank, int loraAlpha, int groupSize, int maxSteps,
                              double temperature, Map<String, String> extra) {

    /**
     * The reference recipes' values: {@code instruction_tuning/sft.sh} (lr 1e-6, 5 epochs, batch 1,
     * accumulation 2, data seed 49, full fine-tuning) and {@code curiosity_driven_rl/scripts/
     * train_vlm_multi.sh} (8 samples per prompt, temperature 1.0, prompt 2048 + generation 6144
     * tokens). LoRA rank 16 / alpha 32 are the studio's, for when LoRA is chosen.
     */
    public static final Hyperparameters DEFAULTS = new Hyperparameters(1e-6, 5, 1, 2, 8192, 49, "full", 16, 32, 8,
            0, 1.0, Map.of());

    public Hyperparameters {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learningRate must be positive: " + learningRate);
        }
        positive(epochs, "epochs");
        positive(batchSize, "batchSize");
        positive(gradientAccumulation, "gradientAccumulation");
        positive(maxLength, "maxLength");
        Objects.requireNonNull(finetuning, "finetuning");
        if (!finetuning.equals("lora") && !finetuning.equals("full")) {
            throw new IllegalArgumentException("finetuning must be lora or full: " + finetuning);
        }
        positive(loraRank, "loraRank");
        positive(loraAlpha, "loraAlpha");
        positive(groupSize, "groupSize");
        if (maxSteps < 0) {
            throw new IllegalArgumentException("maxSteps must not be negative: " + maxSteps);
        }
        if (!(temperature >= 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("temperature must be >= 0: " + temperature);
        }
        extra = extra == null ? Map.of() : Map.copyOf(new TreeMap<>(extra));
    }

    private static void positive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be >= 1: " + value);
        }
    }
}
