package io.pixelstudio.bridge.engine.video;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import io.pixelstudio.bridge.engine.HeadLosses;

import java.util.List;
import java.util.Objects;

/**
 * The frame policy's policy-gradient loss {@code −Σ advantage · log π(choices)}. A step's log π
 * sums the log-probabilities of what it sampled: the action unless forced, then either the answer
 * class or the selection, whose two frames are drawn without replacement, so
 * {@code log π(a, b) = log p(a) + log p(b) − log(1 − p(a))}. Every row carries its rollout's advantage.
 */
public final class FrameGradientLoss {

    private FrameGradientLoss() {
    }

    /**
     * The loss over step rows.
     *
     * @param out        the network's output rows, one per decision
     * @param decisions  the sampled choices, one per row
     * @param advantages the advantage of the rollout each row belongs to
     */
    public static NDArray loss(FrameNetwork net, NDArray out, List<FrameDecision> decisions, double[] advantages) {
        Objects.requireNonNull(decisions, "decisions");
        int n = decisions.size();
        if (advantages.length != n || out.getShape().get(0) != n) {
            throw new IllegalArgumentException("one output row and one advantage per decision expected: "
                    + out.getShape() + ", " + advantages.length + " for " + n);
        }
        int[] actions = new int[n];
        int[] answers = new int[n];
        int[] first = new int[n];
        int[] second = new int[n];
        float[] weights = new float[n];
        for (int i = 0; i < n; i++) {
            FrameDecision d = decisions.get(i);
            actions[i] = d.action();
            answers[i] = d.answer();
            first[i] = d.frames().isEmpty() ? -1 : d.frames().get(0) - 1;
            second[i] = d.frames().size() < 2 ? -1 : d.frames().get(1) - 1;
            weights[i] = (float) advantages[i];
        }
        NDArray frameLogp = net.frameLogits(out).logSoftmax(1);
        NDArray pFirst = HeadLosses.picked(frameLogp, first);
        // log(1 − p(a)) where a was drawn first; 0 on rows without a selection (p(a) is then 0)
        NDArray remaining = pFirst.exp().mul(mask(out.getManager(), first)).neg().add(1f).log();
        NDArray logp = HeadLosses.picked(net.actionLogits(out).logSoftmax(1), actions)
                .add(HeadLosses.picked(net.answerLogits(out).logSoftmax(1), answers))
                .add(pFirst).add(HeadLosses.picked(frameLogp, second))
                .sub(remaining.mul(mask(out.getManager(), second)));
        return logp.mul(out.getManager().create(weights)).sum().neg();
    }

    private static NDArray mask(NDManager m, int[] targets) {
        float[] mask = new float[targets.length];
        for (int i = 0; i < targets.length; i++) {
            mask[i] = targets[i] >= 0 ? 1f : 0f;
        }
        return m.create(mask);
    }
}
