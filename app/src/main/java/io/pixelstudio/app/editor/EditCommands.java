package io.pixelstudio.app.editor;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.edit.TraceEdit;

import java.util.List;

/**
 * Makes the trace edits the studio's gestures produce. An interface so the view models decide
 * <em>which</em> edit a gesture means while the concrete commands (and the files a re-executed
 * crop is written to) are chosen by the composition root; tests pass a recording factory.
 */
public interface EditCommands {

    /** Moves or resizes the zoom-in box of the call in {@code turnIndex}; {@code normalized} is of the image it crops. */
    TraceEdit moveZoomBox(int turnIndex, Box normalized);

    /** Replaces the frames a select-frames call in {@code turnIndex} picks (1-based, as the call writes them). */
    TraceEdit selectFrames(int turnIndex, List<Integer> frames1Based);

    /** Replaces the text item {@code contentIndex} of turn {@code turnIndex}. */
    TraceEdit editText(int turnIndex, int contentIndex, String text);

    /** Inserts {@code turn} so that it becomes turn {@code at}. */
    TraceEdit insertTurn(int at, Turn turn);

    /** Deletes turn {@code turnIndex}. */
    TraceEdit deleteTurn(int turnIndex);

    /** Moves turn {@code from} to position {@code to}. */
    TraceEdit moveTurn(int from, int to);
}
