package io.pixelstudio.trace.rollout.stats;

/**
 * One training step's aggregates, one point on each curve of the rollout dashboard. Means are over
 * rollouts except {@code raprMean} and {@code uniformShare}, which are over groups.
 *
 * @param step           the training step
 * @param groups         groups at this step
 * @param rollouts       rollouts at this step
 * @param raprMean       mean RaPR over groups
 * @param accuracy       share of rollouts judged correct (correctness 1, before any zeroing)
 * @param meanToolCalls  mean tool calls per rollout
 * @param meanReward     mean recomputed shaped reward
 * @param meanCorrectness mean correctness term
 * @param meanCuriosity  mean curiosity bonus
 * @param meanPenalty    mean efficiency penalty
 * @param uniformShare   share of groups the trainer drops as uniform
 */
public record StepStats(int step, int groups, int rollouts, double raprMean, double accuracy, double meanToolCalls,
                        double meanReward, double meanCorrectness, double meanCuriosity, double meanPenalty,
                        double uniformShare) {
}
