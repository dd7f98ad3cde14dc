package io.pixelstudio.bridge.agent;

import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.ops.ReplayStep;

import java.util.Optional;

/**
 * Hears a conversation as it happens, so a UI can draw turns and zoom boxes live. Called on the
 * loop's thread; implementations hop to their own thread. All methods default to doing nothing.
 */
public interface AgentListener {

    /** Nothing. */
    AgentListener NONE = new AgentListener() {
    };

    /** A piece of the assistant's reply while it streams. */
    default void onDelta(String text) {
    }

    /**
     * A turn was appended at {@code index}. For an observation turn, {@code step} is the executed
     * call (boxes in every convention, the images returned); otherwise empty.
     */
    default void onTurn(int index, Turn turn, Optional<ReplayStep> step) {
    }
}
