package io.pixelstudio.app.cli;

import io.pixelstudio.trace.eval.Prediction;
import io.pixelstudio.trace.eval.SampleScore;
import io.pixelstudio.trace.eval.faithfulness.FaithfulnessJudge;
import io.pixelstudio.trace.eval.faithfulness.FaithfulnessVerdict;

import java.util.EnumMap;
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
        Map<FaithfulnessVerdict, Integer> counts = new EnumMap<>(FaithfulnessVerdict.class);
        new FaithfulnessJudge().verdicts(predictions, scores)
                .forEach(verdict -> verdict.ifPresent(v -> counts.merge(v, 1, Integer::sum)));
        return counts;
    }
}
