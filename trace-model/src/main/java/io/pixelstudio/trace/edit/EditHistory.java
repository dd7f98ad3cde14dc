package io.pixelstudio.trace.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The undo and redo stacks of a session, with the position at which the document was last saved:
 * the dirty state is derived from it (undoing back to the saved position makes the document clean
 * again), never kept as a flag that could drift.
 */
public final class EditHistory {

    private final List<EditStep> steps = new ArrayList<>();
    private int position;
    private int savedPosition;

    /** Records a new step after the current position, dropping the steps that could have been redone. */
    public void push(EditStep step) {
        steps.subList(position, steps.size()).clear();
        if (savedPosition > position) {
            savedPosition = -1;
        }
        steps.add(step);
        position++;
    }

    /** The step undo would revert, if any. */
    public Optional<EditStep> peekUndo() {
        return position == 0 ? Optional.empty() : Optional.of(steps.get(position - 1));
    }

    /** The step redo would re-apply, if any. */
    public Optional<EditStep> peekRedo() {
        return position == steps.size() ? Optional.empty() : Optional.of(steps.get(position));
    }

    /** Moves back over one step and returns it. */
    public Optional<EditStep> undo() {
        Optional<EditStep> step = peekUndo();
        step.ifPresent(s -> position--);
        return step;
    }

    /** Moves forward over one step and returns it. */
    public Optional<EditStep> redo() {
        Optional<EditStep> step = peekRedo();
        step.ifPresent(s -> position++);
        return step;
    }

    /** Marks the current position as the saved one. */
    public void markSaved() {
        savedPosition = position;
    }

    /** True when the document differs from what was last saved (or opened). */
    public boolean isDirty() {
        return position != savedPosition;
    }

    /** Number of steps that can be undone. */
    public int undoDepth() {
        return position;
    }
}
