package io.pixelstudio.trace.rollout.stats;

import java.util.List;
import java.util.Objects;

/**
 * One question's course over training, reduced to what flags it for a look: its RaPR and accuracy
 * per step, whether pixel-space reasoning collapsed on it, and whether its latest rollouts all fail.
 * Computed by {@link QuestionHealthAssessor}.
 *
 * @param qid       the question id
 * @param question  the question text (from its first rollout; empty when unknown)
 * @param steps     one point per step the question was sampled at, ascending by step
 * @param accuracy  share of the question's rollouts over all steps judged correct (correctness 1)
 * @param collapsed RaPR fell below the threshold and stayed there, or ended at 0 after having been above 0
 * @param allFail   no rollout of the latest step is correct
 */
public record QuestionHealth(String qid, String question, List<Point> steps, double accuracy, boolean collapsed,
                             boolean allFail) {

    public QuestionHealth {
        Objects.requireNonNull(qid, "qid");
        Objects.requireNonNull(question, "question");
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a question needs at least one step: " + qid);
        }
    }

    /**
     * The question at one step.
     *
     * @param step     the training step
     * @param rollouts rollouts sampled (G)
     * @param rapr     share of them that used an operation
     * @param accuracy share of them judged correct
     */
    public record Point(int step, int rollouts, double rapr, double accuracy) {
    }

    /** RaPR at the first step. */
    public double firstRapr() {
        return steps.get(0).rapr();
    }

    /** RaPR at the latest step. */
    public double lastRapr() {
        return steps.get(steps.size() - 1).rapr();
    }

    /** The latest step. */
    public int lastStep() {
        return steps.get(steps.size() - 1).step();
    }
}
