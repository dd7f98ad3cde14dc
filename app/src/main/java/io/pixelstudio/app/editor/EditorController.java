package io.pixelstudio.app.editor;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.app.reasoning.ReasoningPane;
import io.pixelstudio.app.studio.main.ActionHandlers;
import io.pixelstudio.app.studio.main.StudioAction;
import io.pixelstudio.app.studio.state.LoadedTrace;
import io.pixelstudio.app.studio.state.StudioState;
import io.pixelstudio.app.studio.task.BackgroundTasks;
import io.pixelstudio.app.video.FrameStrip;
import io.pixelstudio.app.viewer.ImageViewer;
import io.pixelstudio.app.viewer.Overlay;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.ops.ReplayStep;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Menu;
import javafx.stage.Window;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Wires editing into the main window: the box-edit tool on the viewer, the inline turn editor and
 * turn actions, frame toggling on the strip, the Edit menu, the validation strip and the
 * document's save/recovery life cycle. Built once by the main window with the edit commands the
 * composition root chose; holds no logic of its own beyond translating actions to view-model calls.
 */
public final class EditorController {

    private final StudioState state;
    private final Messages messages;
    private final Supplier<Window> owner;
    private final BoxEditTool boxTool;
    private final TurnEditModel turns;
    private final FrameSelectionModel frames;
    private final TurnTextEditor turnEditor;
    private final ValidationStrip validation;
    private final DocumentLifecycle lifecycle;

    /**
     * Installs editing on the given views. FX thread.
     *
     * @param lifecycle saving, recovery and the unsaved-changes question for the open document
     */
    public EditorController(StudioState state, ImageViewer viewer, ReasoningPane reasoning, FrameStrip strip,
                            EditCommands commands, DocumentLifecycle lifecycle, BackgroundTasks tasks, Messages messages,
                            Supplier<Window> owner) {
        this.state = Objects.requireNonNull(state, "state");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
        validation = new ValidationStrip(messages, state.currentTurnProperty());
        EditSink now = edit -> {
            lifecycle.checkEditable();
            state.editor().edit(edit);
        };
        BackgroundEditSink rerun = new BackgroundEditSink(state.editor(), state.selectedIndexProperty(), tasks, messages,
                validation.messageProperty()::set);
        EditSink background = edit -> {
            lifecycle.checkEditable();
            rerun.apply(edit);
        };
        boxTool = new BoxEditTool(viewer, new BoxEditModel(commands, background, messages));
        turns = new TurnEditModel(commands, now, messages, this::shownTrace, state.currentTurnProperty());
        frames = new FrameSelectionModel(commands, background, messages, () -> state.loadedProperty().get(),
                () -> state.currentStepProperty().get());
        turnEditor = new TurnTextEditor(turns, messages);
        reasoning.setBottom(turnEditor);
        reasoning.onEditTurnProperty().set(this::editTurn);
        strip.onToggleFrameProperty().set(frames::toggle);
        state.loadedProperty().addListener((obs, old, loaded) -> {
            validation.show(loaded == null ? List.of() : loaded.findings());
            if (loaded == null || old == null || loaded.index() != old.index()) {
                turns.cancel();
            }
        });
        showMessages(boxTool.model().messageProperty(), frames.messageProperty(), turns.messageProperty());
    }

    private void showMessages(List<ObservableValue<String>> sources) {
        sources.forEach(s -> s.addListener((obs, old, now) -> validation.messageProperty().set(now)));
    }

    @SafeVarargs
    private void showMessages(ObservableValue<String>... sources) {
        showMessages(List.of(sources));
    }

    /** Adds the editing actions' handlers. */
    public ActionHandlers register(ActionHandlers actions) {
        return actions.on(StudioAction.UNDO, () -> unlessSaving(state.editor()::undo))
                .on(StudioAction.REDO, () -> unlessSaving(state.editor()::redo))
                .on(StudioAction.SAVE, () -> lifecycle.save(() -> { }))
                .on(StudioAction.EDIT_TURN, this::editTurn)
                .on(StudioAction.INSERT_TURN, this::insertTurn)
                .on(StudioAction.DELETE_TURN, this::deleteTurn)
                .on(StudioAction.MOVE_TURN_UP, () -> turns.move(-1))
                .on(StudioAction.MOVE_TURN_DOWN, () -> turns.move(1));
    }

    /** The Edit menu (Undo/Redo naming their step, turn edits). */
    public Menu editMenu(ActionHandlers actions) {
        return EditMenu.create(messages, actions, state.editor());
    }

    /** The strip to show under the viewer: validation findings and the last edit's refusal. */
    public ValidationStrip validationStrip() {
        return validation;
    }

    /** The overlay of the box-edit tool; the viewer paints it over the zoom boxes. */
    public Overlay boxOverlay() {
        return boxTool.overlay();
    }

    /** The box-edit tool (for tests). */
    public BoxEditTool boxTool() {
        return boxTool;
    }

    /** The turn editing state (for tests). */
    public TurnEditModel turns() {
        return turns;
    }

    /** Saving, recovery and the unsaved-changes question. */
    public DocumentLifecycle lifecycle() {
        return lifecycle;
    }

    /**
     * Follows what the viewer shows: the current step's zoom box is editable when it was cut from the
     * shown original (not in the model's-eye view, whose pixels are not the original's).
     */
    public void showTarget(LoadedTrace loaded, ReplayStep step, int source, boolean modelsEye) {
        boxTool.model().targetProperty().set(modelsEye ? null : ZoomTarget.of(loaded, step, source).orElse(null));
    }

    private void unlessSaving(Runnable action) {
        if (!lifecycle.savingProperty().get()) {
            action.run();
        }
    }

    private Trace shownTrace() {
        LoadedTrace loaded = state.loadedProperty().get();
        return loaded == null ? null : loaded.trace();
    }

    private void editTurn() {
        if (!turns.editingProperty().get()) {
            turns.begin();
        }
    }

    private void insertTurn() {
        Trace trace = shownTrace();
        if (trace == null) {
            return;
        }
        int current = state.currentTurnProperty().get();
        Role suggested = !trace.turns().isEmpty() && trace.turns().get(current).role() == Role.ASSISTANT
                ? Role.USER : Role.ASSISTANT;
        ChoiceDialog<Role> dialog = new ChoiceDialog<>(suggested, Role.values());
        dialog.initOwner(owner.get());
        dialog.setTitle(messages.get("editor.turn.insert.title"));
        dialog.setHeaderText(messages.get("editor.turn.insert.header", current));
        dialog.showAndWait().ifPresent(turns::insertAfter);
    }

    private void deleteTurn() {
        Trace trace = shownTrace();
        int current = state.currentTurnProperty().get();
        if (trace == null || current < 0 || current >= trace.turns().size()) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, messages.get("editor.turn.delete.content"),
                ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(owner.get());
        confirm.setTitle(messages.get("editor.turn.delete.title"));
        confirm.setHeaderText(messages.get("editor.turn.delete.header", current,
                trace.turns().get(current).role().wireName()));
        if (confirm.showAndWait().filter(ButtonType.OK::equals).isPresent()) {
            turns.delete();
        }
    }
}
