package io.pixelstudio.app.editor;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.edit.TraceEdit;

import java.util.ArrayList;
import java.util.List;

/**
 * An {@link EditCommands} that records which edit each gesture asked for. Its edits change the
 * trace for real (the question gets the edit's description appended), so they can go through an
 * edit session and be undone.
 */
final class RecordingEditCommands implements EditCommands {

    /** One requested edit: the factory method and its arguments. */
    record Call(String method, List<Object> arguments) {
    }

    final List<Call> calls = new ArrayList<>();

    Call last() {
        return calls.get(calls.size() - 1);
    }

    @Override
    public TraceEdit moveZoomBox(int turnIndex, Box normalized) {
        return record("moveZoomBox", "Move zoom box in turn " + turnIndex, turnIndex, normalized);
    }

    @Override
    public TraceEdit selectFrames(int turnIndex, List<Integer> frames1Based) {
        return record("selectFrames", "Select frames in turn " + turnIndex, turnIndex, List.copyOf(frames1Based));
    }

    @Override
    public TraceEdit editText(int turnIndex, int contentIndex, String text) {
        return record("editText", "Edit text of turn " + turnIndex, turnIndex, contentIndex, text);
    }

    @Override
    public TraceEdit insertTurn(int at, Turn turn) {
        return record("insertTurn", "Insert turn " + at, at, turn);
    }

    @Override
    public TraceEdit deleteTurn(int turnIndex) {
        return record("deleteTurn", "Delete turn " + turnIndex, turnIndex);
    }

    @Override
    public TraceEdit moveTurn(int from, int to) {
        return record("moveTurn", "Move turn " + from + " to " + to, from, to);
    }

    private TraceEdit record(String method, String description, Object... arguments) {
        calls.add(new Call(method, List.of(arguments)));
        return new TraceEdit() {
            @Override
            public Trace apply(Trace before) {
                return new Trace(before.id(), before.source(), before.question() + " [" + description + "]",
                        before.media(), before.answers(), before.evidence(), before.turns(), before.review(),
                        before.extras());
            }

            @Override
            public String description() {
                return description;
            }
        };
    }
}
