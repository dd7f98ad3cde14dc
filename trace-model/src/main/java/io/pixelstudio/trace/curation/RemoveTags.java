package io.pixelstudio.trace.curation;

import io.pixelstudio.trace.Review;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.edit.TraceEdit;

import java.util.List;

/**
 * Removes tags from a trace's review, matching case-insensitively; tags it does not have are ignored.
 *
 * @param tags the tags to remove
 */
public record RemoveTags(List<String> tags) implements TraceEdit {

    public RemoveTags {
        tags = List.copyOf(tags);
        if (tags.isEmpty()) {
            throw new IllegalArgumentException("no tags to remove");
        }
        tags.forEach(Tags::check);
    }

    @Override
    public Trace apply(Trace before) {
        Review review = before.review();
        return before.withReview(new Review(review.status(), Tags.minus(review.tags(), tags), review.note()));
    }

    @Override
    public String description() {
        return "Remove tag " + String.join(", ", tags);
    }
}
