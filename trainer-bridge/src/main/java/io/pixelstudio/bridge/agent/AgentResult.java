package io.pixelstudio.bridge.agent;

import io.pixelstudio.trace.Trace;

import java.util.Objects;

/**
 * A finished (or stopped) conversation.
 *
 * @param trace       the conversation as an ordinary trace
 * @param stopReason  why it ended
 * @param toolCalls   tool calls executed
 * @param failedCalls executed calls whose observation was an error
 * @param lastTotalTokens prompt + completion tokens of the last request, or -1 when not reported
 */
public record AgentResult(Trace trace, StopReason stopReason, int toolCalls, int failedCalls, int lastTotalTokens) {

    public AgentResult {
        Objects.requireNonNull(trace, "trace");
        Objects.requireNonNull(stopReason, "stopReason");
    }

    /** The text of the last assistant turn (the answer when {@link StopReason#ANSWERED}), or empty. */
    public String finalReply() {
        for (int i = trace.turns().size() - 1; i >= 0; i--) {
            if (trace.turns().get(i).role() == io.pixelstudio.trace.Role.ASSISTANT) {
                return trace.turns().get(i).text();
            }
        }
        return "";
    }

    /** Everything from the first assistant turn on (replies and observation texts) concatenated, as the reference scorer reads it (answer after the last {@code \boxed}). */
    public String transcript() {
        StringBuilder out = new StringBuilder();
        boolean answering = false;
        for (io.pixelstudio.trace.Turn turn : trace.turns()) {
            answering |= turn.role() == io.pixelstudio.trace.Role.ASSISTANT;
            if (answering) {
                out.append(turn.text());
            }
        }
        return out.toString();
    }
}
