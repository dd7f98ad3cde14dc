package io.pixelstudio.trace.rollout.reward;

/**
 * Which definition of the reward to follow. The paper's formula and the released training code
 * disagree in scale and in details (see {@code docs/rewards.md}); a dump's stored rewards follow
 * the code, while a researcher reasoning about the method reads the paper.
 */
public enum RewardProfile {
    /** The formula as printed in the paper (arXiv 2505.15966). */
    PAPER(RewardParameters.PAPER),
    /** What the released {@code curiosity_driven_rl} training code computes. */
    REFERENCE_CODE(RewardParameters.REFERENCE_CODE);

    private final RewardParameters defaults;

    RewardProfile(RewardParameters defaults) {
        this.defaults = defaults;
    }

    /** The profile's default parameters, the starting point of every what-if. */
    public RewardParameters defaults() {
        return defaults;
    }
}
