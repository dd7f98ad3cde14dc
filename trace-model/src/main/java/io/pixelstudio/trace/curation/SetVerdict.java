package io.pixelstudio.trace.curation;

import io.pixelstudio.trace.Review;
import io.pixelstudio.trace.ReviewStatus;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.edit.TraceEdit;

import java.util.Locale;
import java.util.Objects;

/**
 * Sets a trace's review status (accept, reject, needs fix, back to unreviewed), keeping its tags and
 * note. A command so that a one-key verdict is one undo step, and a bulk verdict one step for all.
 *
 * @param status the new status
 */
public record SetVerdict(ReviewStatus status) implements TraceEdit {

    public SetVerdict {
        Objects.requireNonNull(status, "status");
    }

    @Override
    public Trace apply(Trace before) {
        Review review = before.review();
        return before.withReview(new Review(status, review.tags(), review.note()));
    }

    @Override
    public String description() {
        return "Mark " + statusName(status);
    }

    /** The user-facing name of a status: lower case, {@code -} for {@code _} (as the query language writes it). */
    public static String statusName(ReviewStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
