package io.pixelstudio.bridge.engine.rl;

import ai.djl.ndarray.NDArray;
import io.pixelstudio.bridge.engine.HeadLosses;
import io.pixelstudio.bridge.engine.policy.PolicyDecision;
import io.pixelstudio.bridge.engine.policy.PolicyNetwork;

import java.util.List;
import java.util.Objects;

/**
 * The policy-gradient loss {@code −Σ advantage · log π(action sequence)}: a rollout's log π is the
 * sum over its steps of the log-probabilities of the outputs it sampled (action unless forced, then
 * the zoom cell or the answer class), so every step row carries its rollout's advantage. Why a
 * class of its own: the trainer and the tests that check the gradient's sign share one definition.
 */
public final class PolicyGradientLoss {

    private PolicyGradientLoss() {
    }

    /**
     * The loss over step rows.
     *
     * @param out        the network's output rows, one per decision
     * @param decisions  the sampled choices, one per row
     * @param advantages the advantage of the rollout each row belongs to
     */
    public static NDArray loss(PolicyNetwork net, NDArray out, List<PolicyDecision> decisions, double[] advantages) {
        Objects.requireNonNull(decisions, "decisions");
        if (advantages.length != decisions.size() || out.getShape().get(0) != decisions.size()) {
            throw new IllegalArgumentException("one output row and one advantage per decision expected: "
                    + out.getShape() + ", " + advantages.length + " for " + decisions.size());
        }
        int n = decisions.size();
        int[] actions = new int[n];
        int[] cells = new int[n];
        int[] answers = new int[n];
        float[] weights = new float[n];
        for (int i = 0; i < n; i++) {
            PolicyDecision d = decisions.get(i);
            actions[i] = d.action();
            cells[i] = d.cell();
            answers[i] = d.answer();
            weights[i] = (float) advantages[i];
        }
        NDArray logp = picked(net.actionLogits(out), actions).add(picked(net.cellLogits(out), cells))
                .add(picked(net.answerLogits(out), answers));
        return logp.mul(out.getManager().create(weights)).sum().neg();
    }

    /** Per row, the log-softmax of {@code logits} at the row's target (0 where the target is -1). */
    static NDArray picked(NDArray logits, int[] targets) {
        return HeadLosses.picked(logits.logSoftmax(1), targets);
    }
}
