package io.pixelstudio.trace.rollout.reward;

/**
 * Every number and switch of the curiosity-driven reward, so that a what-if ("what if H were 0.5?")
 * is one {@code with…} call away. Each component is written so that one formula covers both
 * profiles:
 * <pre>
 * correctness = 1 | 0 | unparsableAnswerReward, zeroed when correct right after a failed call (if enabled)
 * curiosity   = curiosityWeight · max(H − RaPR, 0) / divisor(image|video) / (divideCuriosityByRapr ? RaPR : 1)
 *               for a rollout with at least one operation, else 0
 * penalty     = −penaltyWeight · (n − N), clamped at 0 from above when clampPenaltyAtBudget,
 *               for a rollout with at least one operation, else 0
 * advantage   = total − group mean, divided by the group's standard deviation when normalizeAdvantageByStd
 * </pre>
 * Source lines below refer to {@code curiosity_driven_rl/openrlhf/trainer/ppo_utils/experience_maker.py}
 * (EM) and {@code replay_buffer.py} (RB) of TIGER-AI-Lab/Pixel-Reasoner.
 *
 * @param curiosityThreshold         H: RaPR below which tool use earns a bonus (paper 0.3; EM 2441/2448 {@code 0.3})
 * @param operationBudget            N: operations allowed before the penalty (paper 1; EM 2443/2450 {@code ncall-1})
 * @param curiosityWeight            α (paper 0.5; EM 2442/2449 multiplies by {@code 0.25})
 * @param penaltyWeight              β (paper 0.05; EM 2443/2450 {@code 0.05})
 * @param imageCuriosityDivisor      divisor of the bonus for image questions (paper 1; EM 2448 {@code / 2.0})
 * @param videoCuriosityDivisor      divisor of the bonus for video questions (paper 1; EM 2441 {@code / 1.5})
 * @param divideCuriosityByRapr      divide the bonus by RaPR (paper no; EM 2442/2449 {@code curiosity / rapr})
 * @param clampPenaltyAtBudget       penalty is {@code min(N − n, 0)} (paper) rather than the code's unclamped {@code −(n − 1)}
 * @param unparsableAnswerReward     correctness term of an answer that cannot be parsed (code −1: EM 2432
 *                                   {@code float(mres)} with mres −1; paper binary outcome, taken as 0)
 * @param zeroCorrectAfterFailedCall a correct answer right after a failed operation scores 0 (EM 2433-2435; not in the paper)
 * @param reproduceFlagIndexBug      read that flag at the in-group index of the whole batch as EM 2433
 *                                   {@code final_error_flags[iidx]} does, instead of the rollout's own flag
 * @param normalizeAdvantageByStd    divide advantages by the group's sample standard deviation (GRPO in the
 *                                   paper's framing; EM 587-626 estimator "group" subtracts the mean only)
 * @param uniformDeviationThreshold  a group whose rewards' mean absolute deviation is below this is uniform and
 *                                   dropped (EM 2462 {@code < 0.01}; RB 417-419)
 */
public record RewardParameters(double curiosityThreshold, int operationBudget, double curiosityWeight,
                               double penaltyWeight, double imageCuriosityDivisor, double videoCuriosityDivisor,
                               boolean divideCuriosityByRapr, boolean clampPenaltyAtBudget,
                               double unparsableAnswerReward, boolean zeroCorrectAfterFailedCall,
                               boolean reproduceFlagIndexBug, boolean normalizeAdvantageByStd,
                               double uniformDeviationThreshold) {

    /** The paper's formula: H = 0.3, N = 1, α = 0.5, β = 0.05, no std division, code's uniform filter. */
    public static final RewardParameters PAPER = new RewardParameters(0.3, 1, 0.5, 0.05, 1.0, 1.0,
            false, true, 0.0, false, false, false, 0.01);

    /** The released training code (EM 2412-2470, 587-626; RB 401-420). */
    public static final RewardParameters REFERENCE_CODE = new RewardParameters(0.3, 1, 0.25, 0.05, 2.0, 1.5,
            true, false, -1.0, true, true, false, 0.01);

    public RewardParameters {
        requireFinite(curiosityThreshold, "curiosityThreshold");
        requireFinite(curiosityWeight, "curiosityWeight");
        requireFinite(penaltyWeight, "penaltyWeight");
        requireFinite(unparsableAnswerReward, "unparsableAnswerReward");
        if (operationBudget < 0) {
            throw new IllegalArgumentException("operationBudget must not be negative: " + operationBudget);
        }
        if (!(imageCuriosityDivisor > 0) || !(videoCuriosityDivisor > 0)) {
            throw new IllegalArgumentException("curiosity divisors must be positive: "
                    + imageCuriosityDivisor + ", " + videoCuriosityDivisor);
        }
        if (!(uniformDeviationThreshold >= 0)) {
            throw new IllegalArgumentException("uniformDeviationThreshold must be ≥ 0: " + uniformDeviationThreshold);
        }
    }

    private static void requireFinite(double value, String name) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite: " + value);
        }
    }

    public RewardParameters withCuriosityThreshold(double h) {
        return new RewardParameters(h, operationBudget, curiosityWeight, penaltyWeight, imageCuriosityDivisor,
                videoCuriosityDivisor, divideCuriosityByRapr, clampPenaltyAtBudget, unparsableAnswerReward,
                zeroCorrectAfterFailedCall, reproduceFlagIndexBug, normalizeAdvantageByStd, uniformDeviationThreshold);
    }

    public RewardParameters withOperationBudget(int n) {
        return new RewardParameters(curiosityThreshold, n, curiosityWeight, penaltyWeight, imageCuriosityDivisor,
                videoCuriosityDivisor, divideCuriosityByRapr, clampPenaltyAtBudget, unparsableAnswerReward,
                zeroCorrectAfterFailedCall, reproduceFlagIndexBug, normalizeAdvantageByStd, uniformDeviationThreshold);
    }

    public RewardParameters withCuriosityWeight(double alpha) {
        return new RewardParameters(curiosityThreshold, operationBudget, alpha, penaltyWeight, imageCuriosityDivisor,
                videoCuriosityDivisor, divideCuriosityByRapr, clampPenaltyAtBudget, unparsableAnswerReward,
                zeroCorrectAfterFailedCall, reproduceFlagIndexBug, normalizeAdvantageByStd, uniformDeviationThreshold);
    }

    public RewardParameters withPenaltyWeight(double beta) {
        return new RewardParameters(curiosityThreshold, operationBudget, curiosityWeight, beta, imageCuriosityDivisor,
                videoCuriosityDivisor, divideCuriosityByRapr, clampPenaltyAtBudget, unparsableAnswerReward,
                zeroCorrectAfterFailedCall, reproduceFlagIndexBug, normalizeAdvantageByStd, uniformDeviationThreshold);
    }

    public RewardParameters withUnparsableAnswerReward(double reward) {
        return new RewardParameters(curiosityThreshold, operationBudget, curiosityWeight, penaltyWeight,
                imageCuriosityDivisor, videoCuriosityDivisor, divideCuriosityByRapr, clampPenaltyAtBudget, reward,
                zeroCorrectAfterFailedCall, reproduceFlagIndexBug, normalizeAdvantageByStd, uniformDeviationThreshold);
    }

    public RewardParameters withZeroCorrectAfterFailedCall(boolean zero, boolean reproduceIndexBug) {
        return new RewardParameters(curiosityThreshold, operationBudget, curiosityWeight, penaltyWeight,
                imageCuriosityDivisor, videoCuriosityDivisor, divideCuriosityByRapr, clampPenaltyAtBudget,
                unparsableAnswerReward, zero, reproduceIndexBug, normalizeAdvantageByStd, uniformDeviationThreshold);
    }

    public RewardParameters withNormalizeAdvantageByStd(boolean normalize) {
        return new RewardParameters(curiosityThreshold, operationBudget, curiosityWeight, penaltyWeight,
                imageCuriosityDivisor, videoCuriosityDivisor, divideCuriosityByRapr, clampPenaltyAtBudget,
                unparsableAnswerReward, zeroCorrectAfterFailedCall, reproduceFlagIndexBug, normalize,
                uniformDeviationThreshold);
    }

    public RewardParameters withUniformDeviationThreshold(double threshold) {
        return new RewardParameters(curiosityThreshold, operationBudget, curiosityWeight, penaltyWeight,
                imageCuriosityDivisor, videoCuriosityDivisor, divideCuriosityByRapr, clampPenaltyAtBudget,
                unparsableAnswerReward, zeroCorrectAfterFailedCall, reproduceFlagIndexBug, normalizeAdvantageByStd,
                threshold);
    }
}
