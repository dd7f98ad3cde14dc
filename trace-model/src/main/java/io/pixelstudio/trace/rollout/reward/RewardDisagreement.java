package io.pixelstudio.trace.rollout.reward;

import io.pixelstudio.trace.rollout.Rollout;

import java.util.Objects;

/**
 * A rollout whose stored reward differs from the recomputed one: the place to look when a dump was
 * produced by a modified trainer, a different profile, or a tampered file.
 *
 * @param rollout    the rollout (qid, step, sample locate it in the dump)
 * @param stored     the reward the dump stored
 * @param recomputed the reward recomputed from the raw rollout
 */
public record RewardDisagreement(Rollout rollout, double stored, double recomputed) {

    public RewardDisagreement {
        Objects.requireNonNull(rollout, "rollout");
    }

    /** recomputed − stored. */
    public double difference() {
        return recomputed - stored;
    }
}
