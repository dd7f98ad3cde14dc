package io.pixelstudio.trace.eval.faithfulness;

/**
 * The four outcomes of crossing correctness with whether the model looked at the evidence. A high
 * accuracy made of {@link #LUCKY_CORRECT} answers is not pixel-space reasoning; a
 * {@link #FAITHFUL_WRONG} answer points at perception or reading, not at where to look.
 */
public enum FaithfulnessVerdict {
    /** Right, and the zooms or frames covered the evidence. */
    FAITHFUL_CORRECT,
    /** Right without covering the evidence (guess, prior, or the full image sufficed). */
    LUCKY_CORRECT,
    /** Looked at the evidence and still answered wrong. */
    FAITHFUL_WRONG,
    /** Wrong, and never looked at the evidence. */
    BLIND_WRONG;

    /** The verdict for a sample. */
    public static FaithfulnessVerdict of(boolean correct, boolean covered) {
        if (correct) {
            return covered ? FAITHFUL_CORRECT : LUCKY_CORRECT;
        }
        return covered ? FAITHFUL_WRONG : BLIND_WRONG;
    }
}
