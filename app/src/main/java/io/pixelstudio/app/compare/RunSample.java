package io.pixelstudio.app.compare;

import io.pixelstudio.trace.eval.Prediction;
import io.pixelstudio.trace.eval.SampleScore;
import io.pixelstudio.trace.eval.faithfulness.FaithfulnessVerdict;

import java.util.Objects;
import java.util.Optional;

/**
 * One run's answer to one item: the prediction as imported, its score, and the faithfulness verdict
 * when the prediction has a trace and the trace has evidence to judge against. Kept together so the
 * per-sample diff and the viewer read everything about an answer from one value.
 */
public record RunSample(Prediction prediction, SampleScore score, Optional<FaithfulnessVerdict> verdict) {

    public RunSample {
        Objects.requireNonNull(prediction, "prediction");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(verdict, "verdict");
    }

    /** True when the verdict says the answer was right without looking at the evidence, or wrong without looking. */
    public boolean unfaithful() {
        return verdict.filter(v -> v == FaithfulnessVerdict.LUCKY_CORRECT || v == FaithfulnessVerdict.BLIND_WRONG)
                .isPresent();
    }
}
