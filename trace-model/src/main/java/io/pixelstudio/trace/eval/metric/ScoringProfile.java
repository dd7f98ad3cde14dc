package io.pixelstudio.trace.eval.metric;

/**
 * Which definition of "the score" a table uses. The two give different numbers for the same
 * predictions; the studio shows which one produced a number.
 */
public enum ScoringProfile {
    /** Each benchmark's own metric (the numbers the paper reports; InfographicsVQA in ANLS). Default. */
    BENCHMARK,
    /** The reference code's single accuracy for every benchmark ({@code pass1} in its metrics files). */
    REFERENCE_CODE
}
