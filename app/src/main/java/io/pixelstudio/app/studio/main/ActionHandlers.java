package io.pixelstudio.app.studio.main;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What each {@link StudioAction} does in this window: the menus and the keyboard handler both run
 * actions through it, so a shortcut and its menu item can never do different things.
 */
public final class ActionHandlers {

    private final Map<StudioAction, Runnable> handlers = new EnumMap<>(StudioAction.class);

    /** Sets what {@code action} does. */
    public ActionHandlers on(StudioAction action, Runnable handler) {
        handlers.put(Objects.requireNonNull(action, "action"), Objects.requireNonNull(handler, "handler"));
        return this;
    }

    /** True when {@code action} has a handler. */
    public boolean handles(StudioAction action) {
        return handlers.containsKey(action);
    }

    /** Runs {@code action}; returns false when it has no handler. */
    public boolean run(StudioAction action) {
        Runnable handler = handlers.get(action);
        if (handler == null) {
            return false;
        }
        handler.run();
        return true;
    }
}
