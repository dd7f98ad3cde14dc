package io.pixelstudio.trace;

import java.util.Locale;

/**
 * Who speaks a turn. Pixel Reasoner data has no tool role: results of visual operations come
 * back as {@link #USER} turns, so a user turn may be an observation.
 */
public enum Role {
    SYSTEM,
    USER,
    ASSISTANT;

    /** The name as written in chat-format files ({@code "system"}, {@code "user"}, {@code "assistant"}). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a chat-format role name.
     *
     * @throws IllegalArgumentException for a name that is not one of the three roles
     */
    public static Role fromWireName(String name) {
        for (Role role : values()) {
            if (role.wireName().equals(name)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role '" + name + "' (expected system, user or assistant)");
    }
}
