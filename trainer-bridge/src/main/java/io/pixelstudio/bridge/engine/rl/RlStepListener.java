package io.pixelstudio.bridge.engine.rl;

import java.io.IOException;

/**
 * Called by {@link GrpoTrainer} after each step's update, with the policy as it now is. Why: an
 * experiment evaluates the policy on held-out items at chosen steps without the trainer knowing
 * about evaluation, and without restarting the optimizer or the item order.
 */
@FunctionalInterface
public interface RlStepListener {

    /** No-op. */
    RlStepListener NONE = result -> { };

    void stepDone(RlStepResult result) throws IOException;
}
