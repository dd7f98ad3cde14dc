package io.pixelstudio.trace.curation;

import io.pixelstudio.trace.Review;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.edit.TraceEdit;

import java.util.Objects;

/**
 * Replaces a trace's review note (empty clears it). Surrounding whitespace is dropped so a note
 * typed with a trailing newline compares equal to the one saved.
 *
 * @param note the new note
 */
public record SetNote(String note) implements TraceEdit {

    public SetNote {
        note = Objects.requireNonNull(note, "note").strip();
    }

    @Override
    public Trace apply(Trace before) {
        Review review = before.review();
        return before.withReview(new Review(review.status(), review.tags(), note));
    }

    @Override
    public String description() {
        return note.isEmpty() ? "Clear note" : "Set note";
    }
}
