package io.pixelstudio.trace.rollout.stats;

import io.pixelstudio.trace.rollout.Rollout;
import io.pixelstudio.trace.rollout.RolloutGroup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Flags the questions a researcher should look at first: those on which the model stopped using
 * pixel-space operations (the "RaPR collapse" curiosity is meant to prevent) and those it cannot
 * answer at all any more. Rules, with RaPR per (question, step) group:
 * <ul>
 *   <li><b>collapsed</b>: at least two steps, and either the latest RaPR is below the threshold while
 *   some earlier step was at or above it (every step since the last one at or above it is below:
 *   it fell and stayed), or the latest RaPR is 0 while some earlier step was above 0;</li>
 *   <li><b>all fail</b>: no rollout of the question's <em>latest</em> step is correct (correctness 1)
 *   — the latest step, because a question that was learnt and then forgotten matters, and one that
 *   failed early and was learnt does not.</li>
 * </ul>
 * The threshold defaults to the reward's curiosity threshold H: below it the curiosity bonus is paid.
 */
public final class QuestionHealthAssessor {

    private final double threshold;

    /** @param threshold the RaPR below which a question counts as having fallen (usually H) */
    public QuestionHealthAssessor(double threshold) {
        if (!Double.isFinite(threshold)) {
            throw new IllegalArgumentException("threshold must be finite: " + threshold);
        }
        this.threshold = threshold;
    }

    public double threshold() {
        return threshold;
    }

    /** One entry per question, in order of the question's first group. */
    public List<QuestionHealth> assess(List<RolloutGroup> groups) {
        Objects.requireNonNull(groups, "groups");
        Map<String, TreeMap<Integer, List<Rollout>>> byQuestion = new LinkedHashMap<>();
        for (RolloutGroup group : groups) {
            byQuestion.computeIfAbsent(group.qid(), q -> new TreeMap<>())
                    .computeIfAbsent(group.step(), s -> new ArrayList<>()).addAll(group.rollouts());
        }
        List<QuestionHealth> out = new ArrayList<>(byQuestion.size());
        byQuestion.forEach((qid, steps) -> out.add(health(qid, steps)));
        return out;
    }

    private QuestionHealth health(String qid, TreeMap<Integer, List<Rollout>> steps) {
        List<QuestionHealth.Point> points = new ArrayList<>(steps.size());
        int correct = 0;
        int total = 0;
        String question = "";
        for (Map.Entry<Integer, List<Rollout>> e : steps.entrySet()) {
            List<Rollout> rollouts = e.getValue();
            long used = rollouts.stream().filter(Rollout::usedOperation).count();
            long right = rollouts.stream().filter(r -> r.correctness() == 1).count();
            points.add(new QuestionHealth.Point(e.getKey(), rollouts.size(), used / (double) rollouts.size(),
                    right / (double) rollouts.size()));
            correct += (int) right;
            total += rollouts.size();
            if (question.isEmpty()) {
                question = rollouts.stream().map(Rollout::question).filter(q -> !q.isEmpty()).findFirst().orElse("");
            }
        }
        QuestionHealth.Point last = points.get(points.size() - 1);
        return new QuestionHealth(qid, question, points, correct / (double) total, collapsed(points),
                last.accuracy() == 0);
    }

    private boolean collapsed(List<QuestionHealth.Point> points) {
        if (points.size() < 2) {
            return false;
        }
        double last = points.get(points.size() - 1).rapr();
        double earlierMax = 0;
        for (int i = 0; i < points.size() - 1; i++) {
            earlierMax = Math.max(earlierMax, points.get(i).rapr());
        }
        boolean fellBelow = last < threshold && earlierMax >= threshold;
        boolean wentToZero = last == 0 && earlierMax > 0;
        return fellBelow || wentToZero;
    }
}
