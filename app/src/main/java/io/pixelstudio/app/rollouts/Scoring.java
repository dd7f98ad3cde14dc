package io.pixelstudio.app.rollouts;

import io.pixelstudio.trace.rollout.RolloutGroup;
import io.pixelstudio.trace.rollout.reward.CuriosityReward;
import io.pixelstudio.trace.rollout.reward.GroupReward;
import io.pixelstudio.trace.rollout.reward.RewardBreakdown;
import io.pixelstudio.trace.rollout.reward.RewardParameters;
import io.pixelstudio.trace.rollout.stats.QuestionHealth;
import io.pixelstudio.trace.rollout.stats.QuestionHealthAssessor;
import io.pixelstudio.trace.rollout.stats.StepStats;
import io.pixelstudio.trace.rollout.stats.StepStatsCalculator;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every loaded group scored under one set of parameters, with what the screen derives from it: the
 * per-step curves and each question's health (its collapse threshold is the parameters' H). Groups
 * of one step are scored together as one batch in source order, as {@link StepStatsCalculator}
 * does, so the index bug of the reference profile reads the same flags here as in the curves.
 * Immutable; a what-if is a new instance.
 */
public final class Scoring {

    private final RewardParameters parameters;
    private final Map<RolloutGroup, GroupReward> byGroup;
    private final List<StepStats> steps;
    private final List<QuestionHealth> health;

    private Scoring(RewardParameters parameters, Map<RolloutGroup, GroupReward> byGroup, List<StepStats> steps,
                    List<QuestionHealth> health) {
        this.parameters = parameters;
        this.byGroup = byGroup;
        this.steps = steps;
        this.health = health;
    }

    /** Scores {@code groups} under {@code parameters}. */
    public static Scoring of(List<RolloutGroup> groups, RewardParameters parameters) {
        Objects.requireNonNull(groups, "groups");
        Objects.requireNonNull(parameters, "parameters");
        Map<Integer, List<RolloutGroup>> bySteps = new LinkedHashMap<>();
        for (RolloutGroup group : groups) {
            bySteps.computeIfAbsent(group.step(), s -> new ArrayList<>()).add(group);
        }
        CuriosityReward reward = new CuriosityReward(parameters);
        Map<RolloutGroup, GroupReward> byGroup = new IdentityHashMap<>();
        for (List<RolloutGroup> batch : bySteps.values()) {
            for (GroupReward scored : reward.score(batch)) {
                byGroup.put(scored.group(), scored);
            }
        }
        return new Scoring(parameters, byGroup, new StepStatsCalculator(parameters).compute(groups),
                new QuestionHealthAssessor(parameters.curiosityThreshold()).assess(groups));
    }

    public RewardParameters parameters() {
        return parameters;
    }

    /** The scored group (the same {@link RolloutGroup} instance that was scored). */
    public GroupReward of(RolloutGroup group) {
        GroupReward scored = byGroup.get(Objects.requireNonNull(group, "group"));
        if (scored == null) {
            throw new IllegalArgumentException("group not scored here: " + group.qid() + " step " + group.step());
        }
        return scored;
    }

    /** Per-step aggregates, ascending by step. */
    public List<StepStats> steps() {
        return steps;
    }

    /** Each question's health, in order of its first group. */
    public List<QuestionHealth> health() {
        return health;
    }

    /**
     * How many rollouts have an advantage of another sign here than in {@code other} (positive,
     * zero within 1e-12, negative): the rollouts a what-if would push the other way in training.
     */
    public int signChangesAgainst(Scoring other) {
        int changed = 0;
        for (Map.Entry<RolloutGroup, GroupReward> e : byGroup.entrySet()) {
            List<RewardBreakdown> mine = e.getValue().breakdowns();
            List<RewardBreakdown> theirs = other.of(e.getKey()).breakdowns();
            for (int i = 0; i < mine.size(); i++) {
                if (sign(mine.get(i).advantage()) != sign(theirs.get(i).advantage())) {
                    changed++;
                }
            }
        }
        return changed;
    }

    private static int sign(double v) {
        return Math.abs(v) < 1e-12 ? 0 : v > 0 ? 1 : -1;
    }
}
