package io.pixelstudio.app.editor;

import io.pixelstudio.trace.edit.EditException;
import io.pixelstudio.trace.edit.TraceEdit;

/**
 * Where a finished gesture's edit goes: the selected trace of the open document. Applying it records
 * one undo step — at once ({@code DocumentEditor::edit}), or once computed in the background for
 * edits that re-execute an operation ({@link BackgroundEditSink}).
 */
@FunctionalInterface
public interface EditSink {

    /** Applies (or starts applying) {@code edit} as one undo step, or throws why it cannot. */
    void apply(TraceEdit edit) throws EditException;
}
