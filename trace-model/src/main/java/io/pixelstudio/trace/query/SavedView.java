package io.pixelstudio.trace.query;

import java.util.Objects;

/**
 * A named query, so a curator's recurring slice ("small boxes, not yet reviewed") is one click and
 * one export argument away.
 *
 * @param name    shown in the views menu, unique case-insensitively within a document
 * @param query   the query text ({@link TraceQuery} language)
 * @param builtIn true for the views every document has (they cannot be renamed or deleted)
 */
public record SavedView(String name, String query, boolean builtIn) {

    public SavedView {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(query, "query");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a view needs a name");
        }
        name = name.strip();
    }

    /** A user view. */
    public static SavedView of(String name, String query) {
        return new SavedView(name, query, false);
    }

    /** The parsed query. */
    public TraceQuery parse() {
        return TraceQuery.parse(query);
    }
}
