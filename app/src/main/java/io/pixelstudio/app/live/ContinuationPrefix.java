package io.pixelstudio.app.live;

import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.ops.ToolCall;
import io.pixelstudio.trace.ops.ToolCallParser;

import java.util.List;

/**
 * Where a trace is forked for the model to go on from: the turns up to the last assistant tool call at
 * or before the current turn — that call (with the box as the user may have just edited it) is
 * executed again and the model continues after its result; with no call yet, the question alone.
 */
public final class ContinuationPrefix {

    private ContinuationPrefix() {
    }

    /** The prefix of {@code trace} for turn {@code currentTurn}. */
    public static Trace of(Trace trace, int currentTurn) {
        List<Turn> turns = trace.turns();
        int last = Math.min(Math.max(currentTurn, 0), turns.size() - 1);
        for (int i = last; i >= 0; i--) {
            Turn turn = turns.get(i);
            if (turn.role() == Role.ASSISTANT && ToolCallParser.parse(turn.text()).filter(ToolCall.Valid.class::isInstance).isPresent()) {
                return trace.withTurns(turns.subList(0, i + 1));
            }
        }
        for (int i = 0; i < turns.size(); i++) {
            if (turns.get(i).role() == Role.USER) {
                return trace.withTurns(turns.subList(0, i + 1));
            }
        }
        throw new IllegalArgumentException(trace.id() + " has no question to continue from");
    }
}
