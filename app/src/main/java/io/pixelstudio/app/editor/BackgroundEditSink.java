package io.pixelstudio.app.editor;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.app.studio.state.DocumentEditor;
import io.pixelstudio.app.studio.task.BackgroundTasks;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.edit.EditException;
import io.pixelstudio.trace.edit.EditSession;
import io.pixelstudio.trace.edit.TraceEdit;
import io.pixelstudio.trace.format.FormatException;
import javafx.beans.property.IntegerProperty;

import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Applies edits that re-execute an operation (a moved zoom box re-crops and re-replays the trace,
 * decoding its images) without blocking the FX thread: the new trace is computed in the background
 * from the selected trace as it is now, then recorded on the FX thread as one undo step through a
 * {@link PrecomputedEdit}. One edit runs at a time; a gesture made meanwhile is refused with a
 * message rather than computed from a trace about to change.
 */
public final class BackgroundEditSink implements EditSink {

    private final DocumentEditor editor;
    private final IntegerProperty selectedIndex;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Consumer<String> report;
    private boolean pending;

    /**
     * @param report where a failure found in the background is shown (the validation strip's message)
     */
    public BackgroundEditSink(DocumentEditor editor, IntegerProperty selectedIndex, BackgroundTasks tasks,
                              Messages messages, Consumer<String> report) {
        this.editor = Objects.requireNonNull(editor, "editor");
        this.selectedIndex = Objects.requireNonNull(selectedIndex, "selectedIndex");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.report = Objects.requireNonNull(report, "report");
    }

    /** True while an edit is being computed. */
    public boolean pending() {
        return pending;
    }

    @Override
    public void apply(TraceEdit edit) throws EditException {
        Objects.requireNonNull(edit, "edit");
        EditSession session = editor.session();
        int index = selectedIndex.get();
        if (session == null || index < 0) {
            throw new EditException("no trace is selected");
        }
        if (pending) {
            throw new EditException(messages.get("editor.busy"));
        }
        Trace before;
        try {
            before = session.trace(index);
        } catch (IOException | FormatException e) {
            throw new EditException("trace " + (index + 1) + " could not be read: " + e.getMessage(), e);
        }
        pending = true;
        tasks.submit(edit.description(), progress -> computed(edit, before), result -> {
            if (result instanceof String failure) {
                report.accept(messages.get("editor.failed", failure));
                return;
            }
            try {
                editor.editAll(edit.description(), Map.of(index, new PrecomputedEdit(before, (Trace) result,
                        edit.description())));
                report.accept("");
            } catch (EditException e) {
                report.accept(messages.get("editor.failed", e.getMessage()));
            }
        }, () -> pending = false);
    }

    /** The edited trace, or the edit's refusal as text (an expected outcome, not a task failure). */
    private static Object computed(TraceEdit edit, Trace before) {
        try {
            return edit.apply(before);
        } catch (EditException e) {
            return e.getMessage();
        }
    }
}
