package io.pixelstudio.trace.edit;

import io.pixelstudio.trace.Trace;

import java.util.Objects;

/**
 * How one trace of a document changed in one step: its index, the trace before (null when the step
 * appended it) and after.
 */
public record TraceChange(int index, Trace before, Trace after) {

    public TraceChange {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative: " + index);
        }
        Objects.requireNonNull(after, "after");
    }

    /** True when the step added this trace to the document. */
    public boolean appended() {
        return before == null;
    }
}
