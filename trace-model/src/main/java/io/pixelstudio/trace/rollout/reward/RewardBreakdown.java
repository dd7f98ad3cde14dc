package io.pixelstudio.trace.rollout.reward;

import io.pixelstudio.trace.rollout.Rollout;

import java.util.Objects;

/**
 * One rollout's recomputed reward, split into the parts a researcher debugging RL needs to see:
 * which term made a rollout win or lose its group.
 *
 * @param rollout               the rollout scored
 * @param correctness           the correctness term after the zeroing rule (1, 0 or the unparsable value)
 * @param curiosity             the curiosity bonus, already weighted
 * @param penalty               the efficiency penalty, already weighted (≤ 0 under both default profiles)
 * @param total                 correctness + curiosity + penalty: the shaped reward
 * @param advantage             the group-relative advantage
 * @param zeroedAfterFailedCall the correct answer was zeroed because it followed a failed operation
 * @param flagFromOtherRollout  under the index bug, the flag that decided zeroing was another rollout's
 */
public record RewardBreakdown(Rollout rollout, double correctness, double curiosity, double penalty, double total,
                              double advantage, boolean zeroedAfterFailedCall, boolean flagFromOtherRollout) {

    public RewardBreakdown {
        Objects.requireNonNull(rollout, "rollout");
    }
}
