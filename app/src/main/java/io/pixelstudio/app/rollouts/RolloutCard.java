package io.pixelstudio.app.rollouts;

import io.pixelstudio.trace.rollout.Rollout;
import io.pixelstudio.trace.rollout.reward.RewardBreakdown;
import io.pixelstudio.trace.rollout.reward.StoredRewardCheck;
import io.pixelstudio.trace.format.pixelreasoner.BoxedAnswer;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What one card of the group grid shows, computed once per scoring: the rollout's answer and
 * outcome, its operations, every recomputed reward term, and whether the dump's stored reward
 * disagrees with the recomputation.
 *
 * @param position  index of the rollout in its group
 * @param breakdown the recomputed reward (holds the rollout)
 */
public record RolloutCard(int position, RewardBreakdown breakdown) {

    /** The judged outcome of the answer. */
    public enum Outcome { CORRECT, WRONG, UNPARSABLE }

    public RolloutCard {
        Objects.requireNonNull(breakdown, "breakdown");
    }

    public Rollout rollout() {
        return breakdown.rollout();
    }

    public Outcome outcome() {
        double c = rollout().correctness();
        return c == 1 ? Outcome.CORRECT : c == 0 ? Outcome.WRONG : Outcome.UNPARSABLE;
    }

    /** The final answer as the model boxed it, or empty when it boxed none. */
    public String answer() {
        return BoxedAnswer.last(rollout().response()).orElse("");
    }

    /** The stored reward, when the dump has one. */
    public OptionalDouble stored() {
        return rollout().storedReward();
    }

    /** True when a stored reward exists and differs from the recomputed total beyond float32 noise. */
    public boolean storedDisagrees() {
        return stored().isPresent()
                && Math.abs(stored().getAsDouble() - breakdown.total()) > StoredRewardCheck.TOLERANCE;
    }
}
