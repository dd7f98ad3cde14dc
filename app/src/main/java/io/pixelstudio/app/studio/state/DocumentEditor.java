package io.pixelstudio.app.studio.state;

import io.pixelstudio.app.studio.document.TraceDocument;
import io.pixelstudio.app.studio.document.TraceRow;
import io.pixelstudio.app.studio.tracelist.TraceListViewModel;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.edit.EditException;
import io.pixelstudio.trace.edit.EditListener;
import io.pixelstudio.trace.edit.EditSession;
import io.pixelstudio.trace.edit.EditStep;
import io.pixelstudio.trace.edit.TraceChange;
import io.pixelstudio.trace.edit.TraceEdit;
import io.pixelstudio.trace.format.FormatException;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * The edit commands of the open document as the views call them: every change goes through the
 * document's {@link EditSession}, and this class keeps the trace list's rows, the shown trace and the
 * undo/redo/dirty properties in step with it. FX thread only.
 */
public final class DocumentEditor {

    private final IntegerProperty selectedIndex;
    private final TraceListViewModel traceList;
    private final IntConsumer reloadKeepingTurn;
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "");
    private final EditListener refresher = this::refresh;
    private EditSession attached;

    DocumentEditor(IntegerProperty selectedIndex, TraceListViewModel traceList, IntConsumer reloadKeepingTurn) {
        this.selectedIndex = selectedIndex;
        this.traceList = traceList;
        this.reloadKeepingTurn = reloadKeepingTurn;
    }

    /** Follows the session of a newly opened document (null when none is open). */
    void attach(TraceDocument opened) {
        if (attached != null) {
            attached.removeListener(refresher);
        }
        attached = opened == null ? null : opened.session();
        if (attached != null) {
            attached.addListener(refresher);
        }
        updateHistory();
    }

    /** The open document's session, or null. */
    public EditSession session() {
        return attached;
    }

    /** Applies {@code edit} to the selected trace as one undo step. */
    public EditStep edit(TraceEdit edit) throws EditException {
        Objects.requireNonNull(edit, "edit");
        int index = selectedIndex.get();
        if (index < 0) {
            throw new EditException("no trace is selected");
        }
        return editAll(edit.description(), Map.of(index, edit));
    }

    /** Applies several edits (trace index → edit) as one undo step: a bulk action on a selection. */
    public EditStep editAll(String description, Map<Integer, TraceEdit> edits) throws EditException {
        EditSession session = requireSession();
        try {
            return session.applyAll(description, edits);
        } catch (IOException | FormatException e) {
            throw new EditException("a trace to edit could not be read: " + e.getMessage(), e);
        }
    }

    /** Adds {@code trace} at the end of the document as one undo step and selects it. */
    public int append(Trace trace, String description) throws EditException {
        int index = requireSession().append(Objects.requireNonNull(trace, "trace"), description);
        selectedIndex.set(index);
        return index;
    }

    /** Reverts the last step, if any. */
    public void undo() {
        if (attached != null) {
            attached.undo();
        }
    }

    /** Re-applies the last undone step, if any. */
    public void redo() {
        if (attached != null) {
            attached.redo();
        }
    }

    /** True when the open document has unsaved changes. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** What undo would revert ("" when nothing). */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    /** What redo would re-apply ("" when nothing). */
    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    /** Called after a successful save: the document is clean. */
    public void markSaved() {
        if (attached != null) {
            attached.markSaved();
        }
        updateHistory();
    }

    /** Rows scanned from the file, with the edited traces' rows in place of their originals. */
    List<TraceRow> withEdits(List<TraceRow> scanned) {
        EditSession session = attached;
        if (session == null) {
            return scanned;
        }
        return scanned.stream().map(row -> session.isEdited(row.index()) ? rowOf(session, row.index()) : row).toList();
    }

    private void refresh(EditStep step, EditListener.Direction direction) {
        int selected = selectedIndex.get();
        boolean reload = false;
        for (TraceChange change : step.changes()) {
            boolean gone = change.appended() && direction == EditListener.Direction.UNDONE;
            if (gone) {
                traceList.removeRow(change.index());
                if (selected == change.index()) {
                    selectedIndex.set(change.index() - 1);
                }
                continue;
            }
            Trace now = direction == EditListener.Direction.UNDONE ? change.before() : change.after();
            TraceRow row = TraceRow.of(change.index(), now);
            if (change.appended()) {
                traceList.putRow(row);
            } else {
                traceList.replaceRow(row);
            }
            reload |= change.index() == selected;
        }
        if (reload) {
            reloadKeepingTurn.accept(selected);
        }
        updateHistory();
    }

    private void updateHistory() {
        EditSession session = attached;
        dirty.set(session != null && session.isDirty());
        undoText.set(session == null ? "" : session.history().peekUndo().map(EditStep::description).orElse(""));
        redoText.set(session == null ? "" : session.history().peekRedo().map(EditStep::description).orElse(""));
    }

    private EditSession requireSession() throws EditException {
        if (attached == null) {
            throw new EditException("no document is open");
        }
        return attached;
    }

    private static TraceRow rowOf(EditSession session, int index) {
        try {
            return TraceRow.of(index, session.trace(index));
        } catch (IOException | FormatException e) {
            return TraceRow.unreadable(index, e.getMessage());
        }
    }
}
