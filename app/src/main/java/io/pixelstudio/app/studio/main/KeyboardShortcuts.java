package io.pixelstudio.app.studio.main;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.Set;

/**
 * The single-key shortcuts of {@link StudioAction} (J/K, ↑/↓, F, M, ←/→, ?, F1...). They are
 * handled when the key press bubbles up to the scene unconsumed, and (function keys apart) never
 * while a text field has focus, so typing in the filter box is never taken as a command; the arrow keys are left to the
 * trace table while it has focus (it moves through the rows).
 */
public final class KeyboardShortcuts {

    private static final Set<KeyCode> LIST_KEYS = Set.of(KeyCode.UP, KeyCode.DOWN, KeyCode.LEFT, KeyCode.RIGHT);

    private KeyboardShortcuts() {
    }

    /** Installs the handlers on {@code scene}. */
    public static void install(Scene scene, ActionHandlers actions) {
        scene.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            Node focus = scene.getFocusOwner();
            if (focus instanceof TextInputControl && !event.getCode().isFunctionKey() || event.isShortcutDown()) {
                return;
            }
            if (focus instanceof TableView<?> && LIST_KEYS.contains(event.getCode())) {
                return;
            }
            for (StudioAction action : StudioAction.values()) {
                if (action.matchesPlainKey(event) && actions.run(action)) {
                    event.consume();
                    return;
                }
            }
        });
        scene.addEventHandler(KeyEvent.KEY_TYPED, event -> {
            if (scene.getFocusOwner() instanceof TextInputControl) {
                return;
            }
            for (StudioAction action : StudioAction.values()) {
                if (action.matchesTyped(event.getCharacter()) && actions.run(action)) {
                    event.consume();
                    return;
                }
            }
        });
    }
}
