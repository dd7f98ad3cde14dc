package io.pixelstudio.bridge.engine.video;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one GRPO step of the frame policy measured: means per rollout over all the step's rollouts,
 * except {@code loss} (kept groups only).
 *
 * @param rapr         mean over the step's groups of the share of rollouts that selected frames
 * @param uniformShare share of groups dropped as uniform
 * @param keptRollouts rollouts that entered the gradient
 */
public record FrameRlStep(long step, double loss, double total, double curiosity, double penalty, double rapr,
                          double accuracy, double operations, double uniformShare, int keptRollouts,
                          String rolloutsFile) {

    /** The values of the step's {@code metrics} event, by the names the Runs screen plots. */
    public Map<String, Double> metrics() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("loss", loss);
        m.put("reward/total", total);
        m.put("reward/curiosity", curiosity);
        m.put("reward/penalty", penalty);
        m.put("rapr", rapr);
        m.put("accuracy", accuracy);
        m.put("operations", operations);
        m.put("uniform_share", uniformShare);
        return m;
    }
}
