package io.pixelstudio.trace.rollout.stats;

import io.pixelstudio.trace.rollout.RolloutGroup;
import io.pixelstudio.trace.rollout.reward.CuriosityReward;
import io.pixelstudio.trace.rollout.reward.GroupFilter;
import io.pixelstudio.trace.rollout.reward.GroupReward;
import io.pixelstudio.trace.rollout.reward.RewardBreakdown;
import io.pixelstudio.trace.rollout.reward.RewardParameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Computes {@link StepStats} per step under given reward parameters, so the curves follow a what-if
 * as readily as the rewards do. Groups of one step are scored together as one batch, in source order.
 */
public final class StepStatsCalculator {

    private final CuriosityReward reward;
    private final GroupFilter filter;

    public StepStatsCalculator(RewardParameters parameters) {
        Objects.requireNonNull(parameters, "parameters");
        this.reward = new CuriosityReward(parameters);
        this.filter = new GroupFilter(parameters);
    }

    /** One entry per step present, ascending by step. */
    public List<StepStats> compute(List<RolloutGroup> groups) {
        Objects.requireNonNull(groups, "groups");
        Map<Integer, List<RolloutGroup>> bySteps = new TreeMap<>();
        for (RolloutGroup group : groups) {
            bySteps.computeIfAbsent(group.step(), s -> new ArrayList<>()).add(group);
        }
        List<StepStats> out = new ArrayList<>(bySteps.size());
        bySteps.forEach((step, stepGroups) -> out.add(stepStats(step, reward.score(stepGroups))));
        return out;
    }

    private StepStats stepStats(int step, List<GroupReward> scored) {
        int rollouts = 0;
        double rapr = 0;
        double correct = 0;
        double calls = 0;
        double total = 0;
        double correctness = 0;
        double curiosity = 0;
        double penalty = 0;
        for (GroupReward group : scored) {
            rapr += group.rapr();
            for (RewardBreakdown b : group.breakdowns()) {
                rollouts++;
                correct += b.rollout().correctness() == 1 ? 1 : 0;
                calls += b.rollout().toolCalls();
                total += b.total();
                correctness += b.correctness();
                curiosity += b.curiosity();
                penalty += b.penalty();
            }
        }
        return new StepStats(step, scored.size(), rollouts, rapr / scored.size(), correct / rollouts,
                calls / rollouts, total / rollouts, correctness / rollouts, curiosity / rollouts, penalty / rollouts,
                filter.uniformShare(scored));
    }
}
