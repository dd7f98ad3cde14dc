package io.pixelstudio.app.curation;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Lets a triage key act once per press: while it is held, the key-repeat presses the system sends
 * are consumed before the shortcut handler sees them. Without this, holding A a little too long
 * would accept every following trace of the list.
 */
final class KeyRepeatGuard {

    private final Set<KeyCode> guarded;
    private final Set<KeyCode> held = EnumSet.noneOf(KeyCode.class);

    KeyRepeatGuard(Set<KeyCode> guarded) {
        this.guarded = EnumSet.copyOf(Objects.requireNonNull(guarded, "guarded"));
    }

    /** Filters {@code scene}'s key events. */
    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (guarded.contains(event.getCode()) && !held.add(event.getCode())) {
                event.consume();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_RELEASED, event -> held.remove(event.getCode()));
        scene.windowProperty().addListener((obs, old, window) -> {
            if (window != null) {
                window.focusedProperty().addListener((o, was, focused) -> held.clear());
            }
        });
    }
}
