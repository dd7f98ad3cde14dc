package io.pixelstudio.app.rollouts;

import io.pixelstudio.trace.rollout.RolloutGroup;
import io.pixelstudio.trace.rollout.stats.QuestionHealth;

import java.util.List;
import java.util.Objects;

/**
 * One line of the question list: the question's health under the current parameters and its groups,
 * one per step, ascending — what the step selector offers.
 *
 * @param health the question's RaPR per step, accuracy and flags
 * @param groups the question's groups, ascending by step
 */
public record QuestionRow(QuestionHealth health, List<RolloutGroup> groups) {

    public QuestionRow {
        Objects.requireNonNull(health, "health");
        groups = List.copyOf(groups);
    }

    public String qid() {
        return health.qid();
    }

    /** The steps the question was sampled at, ascending. */
    public List<Integer> steps() {
        return groups.stream().map(RolloutGroup::step).toList();
    }

    /** The group at {@code step}, or null. */
    public RolloutGroup groupAt(int step) {
        return groups.stream().filter(g -> g.step() == step).findFirst().orElse(null);
    }
}
