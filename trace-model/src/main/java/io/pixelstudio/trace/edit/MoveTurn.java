package io.pixelstudio.trace.edit;

import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;

import java.util.ArrayList;
import java.util.List;

/**
 * Moves turn {@code from} so that it ends up at index {@code to} (reordering by drag): the turns in
 * between shift by one. Moving a turn onto itself is refused by the session as "nothing to change".
 */
public final class MoveTurn implements TraceEdit {

    private final int from;
    private final int to;

    public MoveTurn(int from, int to) {
        this.from = from;
        this.to = to;
    }

    @Override
    public Trace apply(Trace before) throws EditException {
        Turns.require(before, from);
        if (to < 0 || to >= before.turns().size()) {
            throw new EditException("turn " + to + ": cannot move turn " + from + " there (trace " + before.id()
                    + " has " + before.turns().size() + " turns)");
        }
        List<Turn> turns = new ArrayList<>(before.turns());
        Turn moved = turns.remove(from);
        turns.add(to, moved);
        return before.withTurns(turns);
    }

    @Override
    public String description() {
        return "Move turn " + from + " to " + to;
    }
}
