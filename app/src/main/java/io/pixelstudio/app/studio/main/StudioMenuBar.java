package io.pixelstudio.app.studio.main;

import io.pixelstudio.app.i18n.Messages;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.beans.property.BooleanProperty;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The menu bar, built from {@link StudioAction}: File (Open…, Open Recent, Compare runs…, Open rollouts…, Quit) and View (Fit,
 * Zoom in/out, Model's-eye view, Help). Items show their shortcut; modifier shortcuts are menu
 * accelerators, single keys are shown in the item's text and handled by {@link KeyboardShortcuts}.
 */
public final class StudioMenuBar {

    private StudioMenuBar() {
    }

    /**
     * Builds the menu bar.
     *
     * @param recent     the recent files, read each time the submenu opens
     * @param openRecent opens one of them
     * @param modelsEye  the toggle state of the model's-eye view
     */
    public static MenuBar create(Messages messages, ActionHandlers actions, Supplier<List<Path>> recent,
                                 Consumer<Path> openRecent, BooleanProperty modelsEye) {
        Menu file = new Menu(messages.get("studio.menu.file"));
        Menu recentMenu = new Menu(StudioAction.OPEN_RECENT.text(messages));
        recentMenu.setId("menu-recent");
        recentMenu.getItems().add(new MenuItem(messages.get("studio.menu.recent.empty")));
        recentMenu.setOnShowing(e -> fillRecent(recentMenu, recent.get(), openRecent, messages));
        fillRecent(recentMenu, recent.get(), openRecent, messages);
        file.getItems().addAll(item(StudioAction.OPEN, messages, actions), recentMenu,
                item(StudioAction.COMPARE, messages, actions), item(StudioAction.ROLLOUTS, messages, actions),
                item(StudioAction.SYNTHESIZE, messages, actions), item(StudioAction.RUNS, messages, actions),
                item(StudioAction.ASK, messages, actions), item(StudioAction.CONTINUE_WITH_MODEL, messages, actions),
                new SeparatorMenuItem(),
                item(StudioAction.QUIT, messages, actions));
        Menu view = new Menu(messages.get("studio.menu.view"));
        CheckMenuItem eye = new CheckMenuItem(label(StudioAction.MODELS_EYE, messages));
        eye.setId("menu-modelsEye");
        eye.selectedProperty().bindBidirectional(modelsEye);
        view.getItems().addAll(item(StudioAction.FIT, messages, actions), item(StudioAction.ZOOM_IN, messages, actions),
                item(StudioAction.ZOOM_OUT, messages, actions), eye, new SeparatorMenuItem(),
                item(StudioAction.FOCUS_FILTER, messages, actions), item(StudioAction.NEXT_TURN, messages, actions),
                item(StudioAction.PREVIOUS_TURN, messages, actions), new SeparatorMenuItem(),
                item(StudioAction.HELP, messages, actions));
        MenuBar bar = new MenuBar(file, view);
        bar.setId("menu-bar");
        return bar;
    }

    /** The Curate menu: verdicts, tags, note, the Views submenu and its management, Export. */
    public static Menu curate(Messages messages, ActionHandlers actions, Menu views) {
        Menu curate = new Menu(messages.get("curation.menu"));
        curate.setId("menu-curate");
        for (StudioAction action : List.of(StudioAction.ACCEPT, StudioAction.REJECT, StudioAction.NEEDS_FIX,
                StudioAction.MARK_UNREVIEWED, StudioAction.ADD_TAG, StudioAction.REMOVE_TAG, StudioAction.EDIT_NOTE)) {
            curate.getItems().add(item(action, messages, actions));
        }
        curate.getItems().addAll(new SeparatorMenuItem(), views, item(StudioAction.SAVE_VIEW, messages, actions),
                item(StudioAction.RENAME_VIEW, messages, actions), item(StudioAction.DELETE_VIEW, messages, actions),
                new SeparatorMenuItem(), item(StudioAction.EXPORT, messages, actions));
        return curate;
    }

    private static void fillRecent(Menu menu, List<Path> files, Consumer<Path> open, Messages messages) {
        menu.getItems().clear();
        if (files.isEmpty()) {
            MenuItem none = new MenuItem(messages.get("studio.menu.recent.empty"));
            none.setDisable(true);
            menu.getItems().add(none);
        }
        for (Path file : files) {
            MenuItem item = new MenuItem(file.toString());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open.accept(file));
            menu.getItems().add(item);
        }
    }

    /** A menu item running {@code action}, with its accelerator or its single keys in the text. */
    public static MenuItem item(StudioAction action, Messages messages, ActionHandlers actions) {
        MenuItem item = new MenuItem(label(action, messages));
        item.setId("menu-" + action.name());
        item.setAccelerator(action.accelerator());
        item.setOnAction(e -> actions.run(action));
        return item;
    }

    /** The item text: the action's name, plus its single-key shortcuts when it has no accelerator. */
    private static String label(StudioAction action, Messages messages) {
        String text = action.text(messages);
        if (action.accelerator() == null && !action.shortcuts().isEmpty()) {
            return text + "   (" + action.displayShortcuts() + ")";
        }
        return text;
    }
}
