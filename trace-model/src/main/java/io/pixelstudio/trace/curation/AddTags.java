package io.pixelstudio.trace.curation;

import io.pixelstudio.trace.Review;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.edit.TraceEdit;

import java.util.List;

/**
 * Adds tags to a trace's review (those it already has, in any case, are kept as they are).
 *
 * @param tags the tags to add; each one word without commas
 */
public record AddTags(List<String> tags) implements TraceEdit {

    public AddTags {
        tags = List.copyOf(tags);
        if (tags.isEmpty()) {
            throw new IllegalArgumentException("no tags to add");
        }
        tags.forEach(Tags::check);
    }

    @Override
    public Trace apply(Trace before) {
        Review review = before.review();
        return before.withReview(new Review(review.status(), Tags.union(review.tags(), tags), review.note()));
    }

    @Override
    public String description() {
        return "Add tag " + String.join(", ", tags);
    }
}
