package io.pixelstudio.trace.rollout.reward;

import java.util.List;
import java.util.Objects;

/**
 * Drops the groups the reference trainer drops: those whose shaped rewards are (almost) all equal
 * carry no learning signal, and with {@code filter=True} the replay buffer discards them and refills
 * with the others (replay_buffer.py {@code active_sampling}). The test is the reference's: the mean
 * absolute deviation of the group's rewards is strictly below the threshold.
 */
public final class GroupFilter {

    private final double threshold;

    public GroupFilter(RewardParameters parameters) {
        this.threshold = Objects.requireNonNull(parameters, "parameters").uniformDeviationThreshold();
    }

    /** Whether the trainer would drop this group as uniform. */
    public boolean isUniform(GroupReward group) {
        return group.meanDeviation() < threshold;
    }

    /** The groups the trainer would keep, in order. */
    public List<GroupReward> kept(List<GroupReward> groups) {
        return groups.stream().filter(g -> !isUniform(g)).toList();
    }

    /** The share of groups dropped as uniform (the reference logs it as {@code initial_saturation}); 0 for none. */
    public double uniformShare(List<GroupReward> groups) {
        if (groups.isEmpty()) {
            return 0.0;
        }
        return groups.stream().filter(this::isUniform).count() / (double) groups.size();
    }
}
