package io.pixelstudio.bridge.engine.policy;

import java.util.Objects;

/**
 * One step of a rollout as the policy decided it: the input it saw and the head outputs it chose.
 * Why kept: a policy-gradient update needs log π of exactly these choices on exactly these inputs,
 * and recomputing them from the written trace would redo the crops.
 *
 * @param input  the step's input planes ({@link PolicyInput#of})
 * @param action the sampled action, or -1 when the action was forced (zoom budget spent: no choice, no gradient)
 * @param cell   the zoom cell chosen, or -1 when the step answered
 * @param answer the answer class chosen, or -1 when the step zoomed
 */
public record PolicyDecision(float[] input, int action, int cell, int answer) {

    public PolicyDecision {
        Objects.requireNonNull(input, "input");
        if ((cell >= 0) == (answer >= 0)) {
            throw new IllegalArgumentException("a step either zooms on a cell or answers: cell " + cell
                    + ", answer " + answer);
        }
    }

    /** Whether the step zoomed. */
    public boolean zoomed() {
        return cell >= 0;
    }
}
