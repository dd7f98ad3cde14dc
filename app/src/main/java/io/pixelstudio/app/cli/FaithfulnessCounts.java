package io.pixelstudio.app.cli;

import io.pixelstudio.trace.eval.Prediction;
import io.pixelstudio.trace.eval.SampleScore;
import io.pixelstudio.trace.eval.faithfulness.FaithfulnessJudge;
import io.pixelstudio.trace.eval.faithfulness.FaithfulnessVerdict;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many answers were faithful-correct, lucky-correct, faithful-wrong or blind-wrong, over the
 * predictions whose trace carries evidence (others cannot be judged and are not counted).
 */
final class FaithfulnessCounts {

    private FaithfulnessCounts() {
    }

    /** Verdict → count; empty when no prediction could be judged. */
    static Map<FaithfulnessVerdict, Integer> of(List<Prediction> predictions, List<SampleScore> scores) {
        Map<String, Boolean> correct = new HashMap<>();
        scores.forEach(s -> correct.put(s.qid(), s.correct()));
        FaithfulnessJudge judge = new FaithfulnessJudge();
        Map<FaithfulnessVerdict, Integer> counts = new EnumMap<>(FaithfulnessVerdict.class);
        for (Prediction p : predictions) {
            Boolean right = correct.get(p.qid());
            if (right != null) {
                judge.judge(p, right).ifPresent(f -> counts.merge(f.verdict(), 1, Integer::sum));
            }
        }
        return counts;
    }
}
