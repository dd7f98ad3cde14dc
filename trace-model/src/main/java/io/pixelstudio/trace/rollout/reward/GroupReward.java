package io.pixelstudio.trace.rollout.reward;

import io.pixelstudio.trace.rollout.RolloutGroup;

import java.util.List;
import java.util.Objects;

/**
 * A group's recomputed rewards with the group-level numbers they depend on, so a view can show why
 * every rollout got its bonus and whether the trainer would have used the group at all.
 *
 * @param group         the rollouts scored
 * @param rapr          the group's rate of pixel-space reasoning
 * @param meanReward    the mean shaped reward, the advantage baseline
 * @param meanDeviation the mean absolute deviation of the shaped rewards (the uniformity test's statistic)
 * @param breakdowns    one per rollout, in group order
 */
public record GroupReward(RolloutGroup group, double rapr, double meanReward, double meanDeviation,
                          List<RewardBreakdown> breakdowns) {

    public GroupReward {
        Objects.requireNonNull(group, "group");
        breakdowns = List.copyOf(breakdowns);
        if (breakdowns.size() != group.rollouts().size()) {
            throw new IllegalArgumentException("one breakdown per rollout expected: " + breakdowns.size()
                    + " for " + group.rollouts().size());
        }
    }
}
