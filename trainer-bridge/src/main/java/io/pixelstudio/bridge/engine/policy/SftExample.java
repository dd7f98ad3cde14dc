package io.pixelstudio.bridge.engine.policy;

import java.util.Objects;

/**
 * One teacher-forced step: the input planes and the targets of the three heads, -1 where a head
 * has no target at this step (a zoom step has no answer; an answer step no cell).
 */
public record SftExample(String traceId, float[] input, int action, int cell, int answer) {

    public SftExample {
        Objects.requireNonNull(traceId, "traceId");
        Objects.requireNonNull(input, "input");
        if (action != PolicyNetwork.ACTION_ANSWER && action != PolicyNetwork.ACTION_ZOOM) {
            throw new IllegalArgumentException("action must be answer or zoom: " + action);
        }
    }
}
