package io.pixelstudio.bridge.engine.video;

import java.util.List;
import java.util.Objects;

/**
 * One step of a frame-policy rollout as decided: the input seen and the choices made. Why kept: a
 * policy-gradient update needs log π of exactly these choices on exactly these inputs.
 *
 * @param action the sampled action, or -1 when it was forced (selection budget spent)
 * @param frames the selected frames (1-based, in the order drawn), empty when the step answered
 * @param answer the answer class, or -1 when the step selected
 */
public record FrameDecision(float[] input, int action, List<Integer> frames, int answer) {

    public FrameDecision {
        Objects.requireNonNull(input, "input");
        frames = List.copyOf(frames);
        if (frames.isEmpty() == (answer < 0)) {
            throw new IllegalArgumentException("a step either selects frames or answers: frames " + frames
                    + ", answer " + answer);
        }
    }

    /** Whether the step selected frames. */
    public boolean selected() {
        return !frames.isEmpty();
    }
}
