package io.pixelstudio.trace.edit;

import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;

import java.util.ArrayList;
import java.util.List;

/** Turn lookups shared by the edits, so every one reports a bad index the same way. */
final class Turns {

    private Turns() {
    }

    /** Turn {@code index} of {@code trace}, or an {@link EditException} naming it. */
    static Turn require(Trace trace, int index) throws EditException {
        if (index < 0 || index >= trace.turns().size()) {
            throw new EditException("turn " + index + ": no such turn (trace " + trace.id() + " has "
                    + trace.turns().size() + " turns, 0 to " + (trace.turns().size() - 1) + ")");
        }
        return trace.turns().get(index);
    }

    /** {@code trace} with turn {@code index} replaced. */
    static Trace replace(Trace trace, int index, Turn turn) {
        List<Turn> turns = new ArrayList<>(trace.turns());
        turns.set(index, turn);
        return trace.withTurns(turns);
    }
}
