package io.pixelstudio.bridge.engine.video;

import io.pixelstudio.trace.rollout.reward.RewardParameters;

import java.util.Objects;

/**
 * Settings of a GRPO run of the frame policy (the image engine's {@code RlSettings} shape, kept
 * apart so the two engines can change alone).
 *
 * @param steps            policy-gradient updates
 * @param questionsPerStep videos sampled per step (one group each)
 * @param groupSize        rollouts per video (G)
 * @param learningRate     Adam's learning rate
 * @param seed             seed of the item order and of the sampling of the heads
 * @param reward           the reward's parameters ({@code RewardProfile.defaults()} or a what-if)
 */
public record FrameRlSettings(int steps, int questionsPerStep, int groupSize, float learningRate, long seed,
                              RewardParameters reward) {

    public FrameRlSettings {
        if (steps < 1 || questionsPerStep < 1 || groupSize < 2 || !(learningRate > 0)) {
            throw new IllegalArgumentException("steps and questions per step must be >= 1, the group size >= 2, "
                    + "the learning rate > 0");
        }
        Objects.requireNonNull(reward, "reward");
    }
}
