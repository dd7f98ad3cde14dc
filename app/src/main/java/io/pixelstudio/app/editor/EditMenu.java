package io.pixelstudio.app.editor;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.app.studio.main.ActionHandlers;
import io.pixelstudio.app.studio.main.StudioAction;
import io.pixelstudio.app.studio.state.DocumentEditor;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * The Edit menu: Undo and Redo naming the step they would revert or re-apply ("Undo Move zoom box
 * in turn 3") and disabled when there is none, then the turn edits. Items run the same
 * {@link ActionHandlers} as the shortcuts.
 */
public final class EditMenu {

    private EditMenu() {
    }

    /** Builds the menu over {@code editor}'s history. */
    public static Menu create(Messages messages, ActionHandlers actions, DocumentEditor editor) {
        Menu menu = new Menu(messages.get("studio.menu.edit"));
        menu.setId("menu-edit");
        MenuItem undo = item(StudioAction.UNDO, messages, actions);
        undo.textProperty().bind(Bindings.createStringBinding(() -> editor.undoTextProperty().get().isEmpty()
                ? StudioAction.UNDO.text(messages)
                : messages.get("editor.undo.named", editor.undoTextProperty().get()), editor.undoTextProperty()));
        undo.disableProperty().bind(editor.undoTextProperty().isEmpty());
        MenuItem redo = item(StudioAction.REDO, messages, actions);
        redo.textProperty().bind(Bindings.createStringBinding(() -> editor.redoTextProperty().get().isEmpty()
                ? StudioAction.REDO.text(messages)
                : messages.get("editor.redo.named", editor.redoTextProperty().get()), editor.redoTextProperty()));
        redo.disableProperty().bind(editor.redoTextProperty().isEmpty());
        menu.getItems().addAll(undo, redo, new SeparatorMenuItem(), item(StudioAction.EDIT_TURN, messages, actions),
                item(StudioAction.INSERT_TURN, messages, actions), item(StudioAction.DELETE_TURN, messages, actions),
                item(StudioAction.MOVE_TURN_UP, messages, actions), item(StudioAction.MOVE_TURN_DOWN, messages, actions));
        return menu;
    }

    /** A menu item running {@code action}, with its accelerator (or its single keys in the text). */
    public static MenuItem item(StudioAction action, Messages messages, ActionHandlers actions) {
        String text = action.text(messages);
        MenuItem item = new MenuItem(action.accelerator() == null && !action.shortcuts().isEmpty()
                ? text + "   (" + action.displayShortcuts() + ")" : text);
        item.setId("menu-" + action.name());
        item.setAccelerator(action.accelerator());
        item.setOnAction(e -> actions.run(action));
        return item;
    }
}
