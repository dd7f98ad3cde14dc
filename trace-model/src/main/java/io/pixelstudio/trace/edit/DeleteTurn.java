package io.pixelstudio.trace.edit;

import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;

import java.util.ArrayList;
import java.util.List;

/** Deletes one turn; undo (the session's before-trace) puts it back with everything it held. */
public final class DeleteTurn implements TraceEdit {

    private final int turnIndex;

    public DeleteTurn(int turnIndex) {
        this.turnIndex = turnIndex;
    }

    @Override
    public Trace apply(Trace before) throws EditException {
        Turns.require(before, turnIndex);
        List<Turn> turns = new ArrayList<>(before.turns());
        turns.remove(turnIndex);
        return before.withTurns(turns);
    }

    @Override
    public String description() {
        return "Delete turn " + turnIndex;
    }
}
