package io.pixelstudio.trace.rollout;

import java.util.List;
import java.util.Objects;

/**
 * The G rollouts sampled for one question at one step: the unit over which RaPR, the curiosity
 * bonus and group-relative advantages are computed.
 */
public record RolloutGroup(String qid, int step, List<Rollout> rollouts) {

    public RolloutGroup {
        Objects.requireNonNull(qid, "qid");
        rollouts = List.copyOf(rollouts);
        if (rollouts.isEmpty()) {
            throw new IllegalArgumentException("a rollout group needs at least one rollout: " + qid + " step " + step);
        }
    }

    /** Rate of pixel-space reasoning: the share of the group's rollouts that used an operation. */
    public double rapr() {
        return rollouts.stream().filter(Rollout::usedOperation).count() / (double) rollouts.size();
    }
}
