package io.pixelstudio.bridge.agent;

/** Why a conversation ended. */
public enum StopReason {
    /** The model replied without an executable tool call: its final answer. */
    ANSWERED,
    /** The reply was cut by {@code max_tokens} ({@code finish_reason: length}). */
    REPLY_TRUNCATED,
    /** The model asked for another call after the most calls allowed. */
    CALL_LIMIT,
    /** The conversation held more images than allowed when the model asked for another call. */
    IMAGE_LIMIT,
    /** The last request used more tokens than allowed when the model asked for another call. */
    TOKEN_LIMIT,
    /** The caller stopped it. */
    CANCELLED
}
