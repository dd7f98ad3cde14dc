package io.pixelstudio.trace.rollout.reward;

import io.pixelstudio.trace.rollout.RolloutGroup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Compares a dump's stored rewards with the recomputation, so a researcher trusts the numbers shown
 * (or sees exactly where the trainer did something else), and picks the profile that reproduces a
 * dump when recomputing it.
 */
public final class StoredRewardCheck {

    /** Stored and recomputed rewards closer than this agree. The reference stores float32, well inside it. */
    public static final double TOLERANCE = 1e-6;

    private StoredRewardCheck() {
    }

    /** The rollouts of the scored groups whose stored reward differs from the recomputed total, in order. */
    public static List<RewardDisagreement> disagreements(List<GroupReward> scored) {
        List<RewardDisagreement> out = new ArrayList<>();
        for (GroupReward group : scored) {
            for (RewardBreakdown b : group.breakdowns()) {
                var stored = b.rollout().storedReward();
                if (stored.isPresent() && !agrees(stored.getAsDouble(), b.total())) {
                    out.add(new RewardDisagreement(b.rollout(), stored.getAsDouble(), b.total()));
                }
            }
        }
        return out;
    }

    /** How many stored rewards each profile's defaults reproduce, in {@link RewardProfile} order. */
    public static List<ProfileMatch> matches(List<RolloutGroup> batch) {
        Objects.requireNonNull(batch, "batch");
        List<ProfileMatch> out = new ArrayList<>();
        for (RewardProfile profile : RewardProfile.values()) {
            List<GroupReward> scored = CuriosityReward.of(profile).score(batch);
            int compared = 0;
            int matched = 0;
            for (GroupReward group : scored) {
                for (RewardBreakdown b : group.breakdowns()) {
                    var stored = b.rollout().storedReward();
                    if (stored.isPresent()) {
                        compared++;
                        if (agrees(stored.getAsDouble(), b.total())) {
                            matched++;
                        }
                    }
                }
            }
            out.add(new ProfileMatch(profile, compared, matched));
        }
        return out;
    }

    /**
     * The profile that reproduces the most stored rewards; {@link RewardProfile#REFERENCE_CODE} on a
     * tie (including a dump with no stored rewards), since dumps come from the released code.
     */
    public static ProfileMatch bestProfile(List<RolloutGroup> batch) {
        return matches(batch).stream()
                .max(Comparator.comparingInt(ProfileMatch::matched)
                        .thenComparing(m -> m.profile() == RewardProfile.REFERENCE_CODE))
                .orElseThrow();
    }

    private static boolean agrees(double stored, double recomputed) {
        return Math.abs(stored - recomputed) <= TOLERANCE;
    }
}
