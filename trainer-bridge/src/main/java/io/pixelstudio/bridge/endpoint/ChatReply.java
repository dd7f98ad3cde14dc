package io.pixelstudio.bridge.endpoint;

import java.util.Objects;

/**
 * One assistant reply: its text (tool calls included as {@code <tool_call>} text, the way the
 * reference reads them), why generation stopped, and the token counts the server reported.
 *
 * @param content          the reply text
 * @param finishReason     {@code stop}, {@code length}, … or empty when the server sent none
 * @param promptTokens     prompt tokens, or -1 when the server did not report usage
 * @param completionTokens completion tokens, or -1 when the server did not report usage
 */
public record ChatReply(String content, String finishReason, int promptTokens, int completionTokens) {

    public ChatReply {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(finishReason, "finishReason");
    }

    /** Prompt plus completion tokens (the reference's {@code cur_tokens}), or -1 when unknown. */
    public int totalTokens() {
        return promptTokens < 0 || completionTokens < 0 ? -1 : promptTokens + completionTokens;
    }
}
