package io.pixelstudio.app.editor;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.edit.EditException;
import io.pixelstudio.trace.edit.TraceEdit;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Editing the turns of the shown trace: the inline text editor's state (which turn, its text while
 * typed, commit and cancel) and the structural edits — insert a turn after the current one, delete
 * it, move it up or down. Each commit or structural change is one edit; the current turn follows
 * the turn that was inserted or moved. The text edited is the turn's first text item (turns keep
 * images and further items as they are).
 */
public final class TurnEditModel {

    private final EditCommands commands;
    private final EditSink sink;
    private final Messages messages;
    private final Supplier<Trace> shown;
    private final IntegerProperty currentTurn;
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(this, "editing", false);
    private final ReadOnlyIntegerWrapper editingTurn = new ReadOnlyIntegerWrapper(this, "editingTurn", -1);
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private int contentIndex = -1;
    private String original = "";

    /**
     * @param shown       the trace shown now (null when none)
     * @param currentTurn the studio's current turn, which edits move
     */
    public TurnEditModel(EditCommands commands, EditSink sink, Messages messages, Supplier<Trace> shown,
                         IntegerProperty currentTurn) {
        this.commands = Objects.requireNonNull(commands, "commands");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.shown = Objects.requireNonNull(shown, "shown");
        this.currentTurn = Objects.requireNonNull(currentTurn, "currentTurn");
    }

    /** True while the inline editor is open. */
    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** The turn being edited, -1 when none. */
    public ReadOnlyIntegerProperty editingTurnProperty() {
        return editingTurn.getReadOnlyProperty();
    }

    /** The text as typed so far; the editor binds to it. */
    public StringProperty textProperty() {
        return text;
    }

    /** Why the last action did nothing or failed ("" after a success). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Opens the editor on the current turn's first text item. */
    public EditOutcome begin() {
        Trace trace = shown.get();
        int turn = currentTurn.get();
        if (trace == null || turn < 0 || turn >= trace.turns().size()) {
            return EditOutcome.NONE;
        }
        List<Content> content = trace.turns().get(turn).content();
        int index = -1;
        for (int i = 0; i < content.size() && index < 0; i++) {
            if (content.get(i) instanceof Content.Text) {
                index = i;
            }
        }
        if (index < 0) {
            message.set(messages.get("editor.turn.noText", turn));
            return EditOutcome.REFUSED;
        }
        open(turn, index, ((Content.Text) content.get(index)).text());
        return EditOutcome.APPLIED;
    }

    /** Applies the typed text as one edit and closes the editor (unchanged text closes it without one). */
    public EditOutcome commit() {
        if (!editing.get()) {
            return EditOutcome.NONE;
        }
        String typed = text.get() == null ? "" : text.get();
        if (typed.equals(original)) {
            close();
            return EditOutcome.UNCHANGED;
        }
        EditOutcome outcome = apply(commands.editText(editingTurn.get(), contentIndex, typed));
        if (outcome == EditOutcome.APPLIED) {
            close();
        }
        return outcome;
    }

    /** Closes the editor without changing the trace. */
    public void cancel() {
        close();
    }

    /** Inserts an empty {@code role} turn after the current one, makes it current and opens the editor on it. */
    public EditOutcome insertAfter(Role role) {
        Objects.requireNonNull(role, "role");
        Trace trace = shown.get();
        if (trace == null) {
            return EditOutcome.NONE;
        }
        int at = trace.turns().isEmpty() ? 0 : Math.min(currentTurn.get() + 1, trace.turns().size());
        EditOutcome outcome = apply(commands.insertTurn(at, Turn.text(role, "")));
        if (outcome == EditOutcome.APPLIED) {
            currentTurn.set(at);
            open(at, 0, "");
        }
        return outcome;
    }

    /** Deletes the current turn (the view asks for confirmation first). */
    public EditOutcome delete() {
        Trace trace = shown.get();
        int turn = currentTurn.get();
        if (trace == null || turn < 0 || turn >= trace.turns().size()) {
            return EditOutcome.NONE;
        }
        close();
        return apply(commands.deleteTurn(turn));
    }

    /** Moves the current turn one place up ({@code -1}) or down ({@code +1}); the current turn follows it. */
    public EditOutcome move(int delta) {
        Trace trace = shown.get();
        int from = currentTurn.get();
        int to = from + delta;
        if (trace == null || from < 0 || from >= trace.turns().size()) {
            return EditOutcome.NONE;
        }
        if (to < 0 || to >= trace.turns().size()) {
            message.set(messages.get("editor.turn.noMove", from));
            return EditOutcome.REFUSED;
        }
        close();
        EditOutcome outcome = apply(commands.moveTurn(from, to));
        if (outcome == EditOutcome.APPLIED) {
            currentTurn.set(to);
        }
        return outcome;
    }

    private EditOutcome apply(TraceEdit edit) {
        try {
            sink.apply(edit);
            message.set("");
            return EditOutcome.APPLIED;
        } catch (EditException e) {
            message.set(messages.get("editor.failed", e.getMessage()));
            return EditOutcome.FAILED;
        }
    }

    private void open(int turn, int index, String value) {
        contentIndex = index;
        original = value;
        editingTurn.set(turn);
        text.set(value);
        editing.set(true);
    }

    private void close() {
        editing.set(false);
        editingTurn.set(-1);
        contentIndex = -1;
        original = "";
    }
}
