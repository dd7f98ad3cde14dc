/**
 * The reasoning pane: a trace's turns as the model produced and received them — role badges, the
 * text, each tool call as a structured chip, observations as thumbnails, invalid or failed calls
 * flagged in red — with a current turn the rest of the studio follows.
 *
 * <p>{@link io.pixelstudio.app.reasoning.ReasoningViewModel} holds the state and the stepping
 * commands and is tested without a window; {@link io.pixelstudio.app.reasoning.ReasoningPane} is the
 * view over it.
 */
package io.pixelstudio.app.reasoning;
