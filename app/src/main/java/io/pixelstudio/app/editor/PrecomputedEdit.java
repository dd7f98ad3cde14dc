package io.pixelstudio.app.editor;

import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.edit.EditException;
import io.pixelstudio.trace.edit.TraceEdit;

import java.util.Objects;

/**
 * An edit whose result was computed in the background from a known trace: applying it on the FX
 * thread costs nothing, and it refuses when the trace is no longer the one it was computed from, so
 * a result is never applied to another version.
 */
final class PrecomputedEdit implements TraceEdit {

    private final Trace before;
    private final Trace after;
    private final String description;

    PrecomputedEdit(Trace before, Trace after, String description) {
        this.before = Objects.requireNonNull(before, "before");
        this.after = Objects.requireNonNull(after, "after");
        this.description = Objects.requireNonNull(description, "description");
    }

    @Override
    public Trace apply(Trace current) throws EditException {
        if (!before.equals(current)) {
            throw new EditException(description + ": the trace changed while the edit was computed; do it again");
        }
        return after;
    }

    @Override
    public String description() {
        return description;
    }
}
