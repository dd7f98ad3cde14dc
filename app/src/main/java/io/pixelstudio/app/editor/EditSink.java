package io.pixelstudio.app.editor;

import io.pixelstudio.trace.edit.EditException;
import io.pixelstudio.trace.edit.EditStep;
import io.pixelstudio.trace.edit.TraceEdit;

/**
 * Where a finished gesture's edit goes: the selected trace of the open document
 * ({@code DocumentEditor::edit} in the studio). Applying it records one undo step.
 */
@FunctionalInterface
public interface EditSink {

    /** Applies {@code edit} as one undo step, or throws why it cannot. */
    EditStep apply(TraceEdit edit) throws EditException;
}
