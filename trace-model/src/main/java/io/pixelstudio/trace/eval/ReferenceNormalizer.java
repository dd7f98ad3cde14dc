package io.pixelstudio.trace.eval;

/**
 * The answer normalisation of the Pixel Reasoner reference scorer ({@code normalize_answer} in
 * {@code curiosity_driven_rl/openrlhf/trainer/ppo_utils/experience_maker.py}), applied verbatim to
 * both the ground truth and the transcript tail. The replacements are plain substring
 * replacements, so they also hit words that merely contain them ({@code "acme"} becomes
 * {@code "ae"}); that is what the reference does and what its numbers include.
 */
public final class ReferenceNormalizer {

    /**
     * {@code dfrac}→{@code frac}; {@code \text} removed (its braces stay); {@code \varnothing}→
     * {@code \emptyset}; {@code minutes} and {@code cm} removed, in that order.
     */
    public String normalize(String answer) {
        return answer.replace("dfrac", "frac")
                .replace("\\text", "")
                .replace("\\varnothing", "\\emptyset")
                .replace("minutes", "")
                .replace("cm", "");
    }
}
