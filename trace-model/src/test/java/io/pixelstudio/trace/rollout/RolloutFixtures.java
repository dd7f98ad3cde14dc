package io.pixelstudio.trace.rollout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Builds rollouts for reward and stats tests; only the fields the reward reads vary. */
public final class RolloutFixtures {

    private RolloutFixtures() {
    }

    public static Rollout rollout(String qid, int step, int sample, double correctness, int calls) {
        return new Rollout(qid, step, sample, "q", false, List.of("A"), "r", Optional.empty(), correctness, calls, 0,
                OptionalDouble.empty(), Map.of());
    }

    public static Rollout video(Rollout r) {
        return new Rollout(r.qid(), r.step(), r.sample(), r.question(), true, r.groundTruths(), r.response(),
                r.trace(), r.correctness(), r.toolCalls(), r.toolFailures(), r.storedReward(), r.recorded());
    }

    public static Rollout failedLast(Rollout r) {
        return new Rollout(r.qid(), r.step(), r.sample(), r.question(), r.video(), r.groundTruths(), r.response(),
                r.trace(), r.correctness(), r.toolCalls(), r.toolFailures() + 1, r.storedReward(),
                Map.of(Rollout.ENDED_AFTER_FAILED_CALL, 1.0));
    }

    public static Rollout stored(Rollout r, double reward) {
        return new Rollout(r.qid(), r.step(), r.sample(), r.question(), r.video(), r.groundTruths(), r.response(),
                r.trace(), r.correctness(), r.toolCalls(), r.toolFailures(), OptionalDouble.of(reward), r.recorded());
    }

    /** A group: correctness[i] and calls[i] per rollout. */
    public static RolloutGroup group(String qid, int step, double[] correctness, int[] calls) {
        List<Rollout> rollouts = new ArrayList<>();
        for (int i = 0; i < correctness.length; i++) {
            rollouts.add(rollout(qid, step, i, correctness[i], calls[i]));
        }
        return new RolloutGroup(qid, step, rollouts);
    }
}
