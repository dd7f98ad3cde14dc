package io.pixelstudio.trace.eval.metric;

import io.pixelstudio.trace.eval.WhitespaceCollapser;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Average Normalized Levenshtein Similarity for one question (Biten et al., ICCV 2019; the
 * DocVQA/InfographicsVQA metric): both strings lowercased and whitespace-collapsed; similarity
 * = 1 − distance / max(length(gt), length(pred)) in code points; a similarity below the threshold
 * (0.5) scores 0; the maximum over the ground truths counts. Two empty strings are identical (1).
 *
 * <p>{@link LengthBasis} chooses what "length" means: the normalised strings (the ANLS
 * definition) or the raw strings (the script the Pixel Reasoner authors used, see docs/metrics.md).
 */
public final class Anls {

    /** Similarities below this score 0; exactly this value is kept. */
    public static final double THRESHOLD = 0.5;

    /** Which lengths divide the edit distance. */
    public enum LengthBasis {
        /** Lengths of the lowercased, whitespace-collapsed strings (the metric's definition). */
        NORMALISED,
        /** Lengths of the strings as given (Qwen-VL / Pixel Reasoner issue #6 script). */
        RAW
    }

    private final Levenshtein levenshtein;
    private final LengthBasis basis;

    public Anls(Levenshtein levenshtein, LengthBasis basis) {
        this.levenshtein = Objects.requireNonNull(levenshtein, "levenshtein");
        this.basis = Objects.requireNonNull(basis, "basis");
    }

    /** Lowercased (root locale) and whitespace-collapsed as Python's {@code " ".join(s.lower().split())}. */
    public static String normalise(String s) {
        return WhitespaceCollapser.collapse(s.toLowerCase(Locale.ROOT));
    }

    /** The thresholded similarity of a prediction to one ground truth, in [0, 1]. */
    public double similarity(String groundTruth, String prediction) {
        int[] gt = normalise(groundTruth).codePoints().toArray();
        int[] pred = normalise(prediction).codePoints().toArray();
        int length = basis == LengthBasis.NORMALISED
                ? Math.max(gt.length, pred.length)
                : Math.max(groundTruth.codePointCount(0, groundTruth.length()),
                        prediction.codePointCount(0, prediction.length()));
        if (length == 0) {
            return 1.0;
        }
        double s = 1.0 - (double) levenshtein.distance(gt, pred) / length;
        return s < THRESHOLD ? 0.0 : s;
    }

    /** The maximum {@link #similarity} over the ground truths; 0 when there are none. */
    public double score(List<String> groundTruths, String prediction) {
        double best = 0.0;
        for (String gt : groundTruths) {
            best = Math.max(best, similarity(gt, prediction));
            if (best == 1.0) {
                break;
            }
        }
        return best;
    }
}
