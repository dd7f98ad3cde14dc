package io.pixelstudio.trace.rollout.reward;

import java.util.Objects;

/**
 * How well one profile reproduces a dump's stored rewards, so the studio can say which profile it
 * chose for a dump and how confident that choice is.
 *
 * @param profile  the profile tried
 * @param compared rollouts that had a stored reward
 * @param matched  of those, the ones within tolerance of the recomputation
 */
public record ProfileMatch(RewardProfile profile, int compared, int matched) {

    public ProfileMatch {
        Objects.requireNonNull(profile, "profile");
    }

    /** matched / compared; 0 when nothing could be compared. */
    public double share() {
        return compared == 0 ? 0.0 : matched / (double) compared;
    }
}
