package io.pixelstudio.app.studio.main;

import io.pixelstudio.app.i18n.Messages;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every action of the studio with its text and shortcuts, in one place: the menus, the keyboard
 * handler and the help overlay are built from it, and a test keeps the README's shortcut table
 * equal to it. Shortcuts with a modifier are menu accelerators; single keys are handled by the main
 * window only when no text field has focus (so typing in the filter box never steps the trace).
 */
public enum StudioAction {
    OPEN("open", "Shortcut+O"),
    SAVE("save", "Shortcut+S"),
    OPEN_RECENT("openRecent"),
    COMPARE("compare", "Shortcut+Shift+C"),
    ROLLOUTS("rollouts", "Shortcut+Shift+R"),
    SYNTHESIZE("synthesize", "Shortcut+Shift+N"),
    RUNS("runs", "Shortcut+Shift+T"),
    ASK("ask", "Shortcut+Shift+A"),
    CONTINUE_WITH_MODEL("continueWithModel", "Shortcut+Shift+K"),
    QUIT("quit", "Shortcut+Q"),
    FOCUS_FILTER("focusFilter", "Shortcut+F"),
    UNDO("undo", "Shortcut+Z"),
    REDO("redo", "Shortcut+Shift+Z", "Shortcut+Y"),
    EDIT_TURN("editTurn", "E", "Enter"),
    INSERT_TURN("insertTurn", "Shortcut+I"),
    DELETE_TURN("deleteTurn", "Shortcut+Delete", "Shortcut+Backspace"),
    MOVE_TURN_UP("moveTurnUp", "Alt+Up"),
    MOVE_TURN_DOWN("moveTurnDown", "Alt+Down"),
    NEXT_TURN("nextTurn", "J", "Down"),
    PREVIOUS_TURN("previousTurn", "K", "Up"),
    NEXT_FRAME("nextFrame", "Right"),
    PREVIOUS_FRAME("previousFrame", "Left"),
    NEXT_FRAME_10("nextFrame10", "Shift+Right"),
    PREVIOUS_FRAME_10("previousFrame10", "Shift+Left"),
    FIT("fit", "0"),
    ZOOM_IN("zoomIn", "Equals", "Add"),
    ZOOM_OUT("zoomOut", "Minus", "Subtract"),
    MODELS_EYE("modelsEye", "M"),
    ACCEPT("accept", "A"),
    REJECT("reject", "R"),
    NEEDS_FIX("needsFix", "F"),
    MARK_UNREVIEWED("unreviewed", "U"),
    ADD_TAG("addTag", "T"),
    REMOVE_TAG("removeTag", "Shift+T"),
    EDIT_NOTE("note", "N"),
    SAVE_VIEW("saveView", "Shortcut+Shift+S"),
    RENAME_VIEW("renameView"),
    DELETE_VIEW("deleteView"),
    EXPORT("export", "Shortcut+E"),
    HELP("help", "F1", "?");

    private final String key;
    private final List<String> shortcuts;

    StudioAction(String key, String... shortcuts) {
        this.key = "studio.action." + key;
        this.shortcuts = List.of(shortcuts);
    }

    /** The message key of the action's name; its description is under {@code key + ".help"}. */
    public String messageKey() {
        return key;
    }

    /** The action's name. */
    public String text(Messages messages) {
        return messages.get(key);
    }

    /** What the action does. */
    public String description(Messages messages) {
        return messages.get(key + ".help");
    }

    /** The shortcuts as written ({@code ?} is a typed character; the others are key combinations). */
    public List<String> shortcuts() {
        return shortcuts;
    }

    /** The key combinations (typed characters excluded). */
    public List<KeyCombination> keyCombinations() {
        return shortcuts.stream().filter(s -> !isTypedCharacter(s)).map(KeyCombination::valueOf).toList();
    }

    /** The first combination with a modifier, used as the menu accelerator; null when there is none. */
    public KeyCombination accelerator() {
        return keyCombinations().stream().filter(StudioAction::hasModifier).findFirst().orElse(null);
    }

    /** The shortcuts as this platform shows them, e.g. {@code Ctrl+O}, {@code J / ↓}. */
    public String displayShortcuts() {
        return shortcuts.stream()
                .map(s -> isTypedCharacter(s) ? s : KeyCombination.valueOf(s).getDisplayText())
                .collect(Collectors.joining(" / "));
    }

    /** True when a key press matches one of the single-key (unmodified) shortcuts. */
    public boolean matchesPlainKey(KeyEvent event) {
        return keyCombinations().stream().filter(k -> !hasModifier(k))
                .anyMatch(k -> k.match(event));
    }

    /** True when a typed character is one of the shortcuts. */
    public boolean matchesTyped(String character) {
        return shortcuts.stream().filter(StudioAction::isTypedCharacter).anyMatch(character::equals);
    }

    /** The actions that have shortcuts, for the help overlay. */
    public static List<StudioAction> withShortcuts() {
        return Arrays.stream(values()).filter(a -> !a.shortcuts.isEmpty()).toList();
    }

    private static boolean isTypedCharacter(String shortcut) {
        return shortcut.length() == 1 && !Character.isLetterOrDigit(shortcut.charAt(0));
    }

    private static boolean hasModifier(KeyCombination k) {
        return k.getShortcut() == KeyCombination.ModifierValue.DOWN || k.getControl() == KeyCombination.ModifierValue.DOWN
                || k.getAlt() == KeyCombination.ModifierValue.DOWN || k.getMeta() == KeyCombination.ModifierValue.DOWN;
    }
}
