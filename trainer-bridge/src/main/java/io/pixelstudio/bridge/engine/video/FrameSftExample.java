package io.pixelstudio.bridge.engine.video;

import java.util.Objects;

/**
 * One teacher-forced step of the frame policy: the input planes and the heads' targets.
 *
 * @param frames the frame head's target distribution (spread over the evidence frames the trace
 *               selected), or null when the step answers
 * @param answer the answer class, or -1 when the step selects
 */
public record FrameSftExample(String traceId, float[] input, int action, float[] frames, int answer) {

    public FrameSftExample {
        Objects.requireNonNull(traceId, "traceId");
        Objects.requireNonNull(input, "input");
        if (action != FrameNetwork.ACTION_ANSWER && action != FrameNetwork.ACTION_SELECT) {
            throw new IllegalArgumentException("action must be answer or select: " + action);
        }
        if ((frames == null) == (action == FrameNetwork.ACTION_SELECT)) {
            throw new IllegalArgumentException("a select step has a frame target, an answer step none");
        }
    }
}
