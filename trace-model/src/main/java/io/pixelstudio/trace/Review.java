package io.pixelstudio.trace;

import java.util.List;
import java.util.Objects;

/** Curation metadata the studio keeps beside a trace (not part of any training format). */
public record Review(ReviewStatus status, List<String> tags, String note) {

    private static final Review NONE = new Review(ReviewStatus.UNREVIEWED, List.of(), "");

    public Review {
        Objects.requireNonNull(status, "status");
        tags = List.copyOf(tags);
        Objects.requireNonNull(note, "note");
    }

    /** Not reviewed, no tags, no note. */
    public static Review none() {
        return NONE;
    }
}
