package io.pixelstudio.trace.edit;

import io.pixelstudio.trace.Trace;

/**
 * One change to one trace, as a command object. Traces are immutable, so an edit computes the next
 * trace and the session keeps the one before for undo: an edit never has to know how to reverse
 * itself, and undo restores exactly what was there (extras and layout included).
 */
public interface TraceEdit {

    /**
     * The trace after this edit.
     *
     * @throws EditException when the edit does not apply to {@code before} (a turn index out of
     *                       range, a box outside the image, a turn that holds no tool call …); the
     *                       message says which turn and field
     */
    Trace apply(Trace before) throws EditException;

    /** What the edit does, for the Undo/Redo menu items, e.g. {@code Move zoom box in turn 3}. */
    String description();
}
