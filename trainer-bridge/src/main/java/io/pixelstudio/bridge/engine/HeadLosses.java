package io.pixelstudio.bridge.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

import java.util.Objects;

/**
 * The per-head loss terms both engine policies are trained with: the teacher-forcing cross-entropy
 * of a head against its targets, and the log-probability a head gave to what was sampled. Why
 * shared: every head of the image and the video network (action, cell or frame, answer) is a
 * softmax over one slice of the output row, so one definition serves all of them.
 */
public final class HeadLosses {

    private HeadLosses() {
    }

    /** Mean negative log-likelihood of {@code targets} (-1 = no target) under {@code logits}, over the rows with one. */
    public static NDArray maskedNll(NDArray logits, int[] targets) {
        return softNll(logits, oneHot(targets, (int) logits.getShape().get(1)));
    }

    /**
     * Mean cross-entropy of the target distributions {@code targets} (one row per step; null = no
     * target at that step) under {@code logits}, over the rows with one. A one-hot row is the usual
     * negative log-likelihood; a row spread over several classes teaches each of them.
     */
    public static NDArray softNll(NDArray logits, float[][] targets) {
        NDManager m = logits.getManager();
        int classes = (int) logits.getShape().get(1);
        float[] flat = new float[targets.length * classes];
        int counted = 0;
        for (int i = 0; i < targets.length; i++) {
            if (targets[i] != null) {
                System.arraycopy(targets[i], 0, flat, i * classes, classes);
                counted++;
            }
        }
        NDArray picked = logits.logSoftmax(1).mul(m.create(flat, new Shape(targets.length, classes))).sum();
        return picked.neg().div(Math.max(1, counted)).toType(DataType.FLOAT32, false);
    }

    /** One-hot rows of {@code classes} for {@code targets} (-1 = none, a null row). */
    public static float[][] oneHot(int[] targets, int classes) {
        Objects.requireNonNull(targets, "targets");
        float[][] rows = new float[targets.length][];
        for (int i = 0; i < targets.length; i++) {
            if (targets[i] >= 0) {
                rows[i] = new float[classes];
                rows[i][targets[i]] = 1f;
            }
        }
        return rows;
    }

    /** Per row, the log-probabilities {@code logp} at the row's target (0 where the target is -1). */
    public static NDArray picked(NDArray logp, int[] targets) {
        NDManager m = logp.getManager();
        int classes = (int) logp.getShape().get(1);
        float[] oneHot = new float[targets.length * classes];
        for (int i = 0; i < targets.length; i++) {
            if (targets[i] >= 0) {
                oneHot[i * classes + targets[i]] = 1f;
            }
        }
        return logp.mul(m.create(oneHot, new Shape(targets.length, classes))).sum(new int[] {1});
    }
}
