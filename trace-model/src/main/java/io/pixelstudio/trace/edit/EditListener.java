package io.pixelstudio.trace.edit;

/**
 * Told of every change to a session's traces, in order, on the thread that made it: the recovery
 * journal records them, view models refresh.
 */
@FunctionalInterface
public interface EditListener {

    /** How a step reached the listener. */
    enum Direction { APPLIED, UNDONE, REDONE }

    /**
     * A step was applied, undone or redone. After {@code UNDONE} the traces are the changes'
     * {@code before} (an appended trace is gone); otherwise they are the {@code after}.
     */
    void changed(EditStep step, Direction direction);
}
