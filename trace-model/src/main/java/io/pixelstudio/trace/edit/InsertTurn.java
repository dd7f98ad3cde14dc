package io.pixelstudio.trace.edit;

import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Inserts a turn, shifting the turns from {@code at} on by one ({@code at} = size appends). */
public final class InsertTurn implements TraceEdit {

    private final int at;
    private final Turn turn;

    public InsertTurn(int at, Turn turn) {
        this.at = at;
        this.turn = Objects.requireNonNull(turn, "turn");
    }

    @Override
    public Trace apply(Trace before) throws EditException {
        int size = before.turns().size();
        if (at < 0 || at > size) {
            throw new EditException("turn " + at + ": cannot insert there (trace " + before.id() + " has " + size
                    + " turns; insert at 0 to " + size + ")");
        }
        List<Turn> turns = new ArrayList<>(before.turns());
        turns.add(at, turn);
        return before.withTurns(turns);
    }

    @Override
    public String description() {
        return "Insert " + turn.role().name().toLowerCase(java.util.Locale.ROOT) + " turn at " + at;
    }
}
