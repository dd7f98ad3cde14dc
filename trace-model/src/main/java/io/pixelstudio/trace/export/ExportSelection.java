package io.pixelstudio.trace.export;

import io.pixelstudio.trace.ReviewStatus;
import io.pixelstudio.trace.curation.SetVerdict;
import io.pixelstudio.trace.query.QueryException;
import io.pixelstudio.trace.query.SavedView;
import io.pixelstudio.trace.query.TraceFacts;
import io.pixelstudio.trace.query.TraceQuery;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which traces an export takes: statuses, a saved view and a query, all of which must match; with
 * none given, the accepted set. One place for the rule so the dialog and {@code pixelstudio export}
 * choose the same traces for the same arguments, and the summary says how they were chosen.
 *
 * @param description how the traces were chosen, as a query (e.g. {@code (status:accepted) (box<0.05)})
 * @param query       the combined query
 */
public record ExportSelection(String description, TraceQuery query) implements Predicate<TraceFacts> {

    public ExportSelection {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(query, "query");
    }

    /** The accepted set. */
    public static ExportSelection accepted() {
        return of(List.of(ReviewStatus.ACCEPTED), Optional.empty(), Optional.empty());
    }

    /**
     * The traces with one of {@code statuses} (when any), in {@code view} (when given) and matching
     * {@code query} (when given); the accepted set when nothing is given.
     *
     * @throws QueryException when the view's query or {@code query} does not parse (its column is
     *                        the column in that text)
     */
    public static ExportSelection of(List<ReviewStatus> statuses, Optional<SavedView> view, Optional<String> query) {
        List<String> parts = new ArrayList<>();
        if (!statuses.isEmpty()) {
            parts.add(String.join(" OR ", statuses.stream().map(s -> "status:" + SetVerdict.statusName(s)).toList()));
        }
        view.ifPresent(v -> {
            v.parse();
            parts.add(v.query());
        });
        query.filter(q -> !q.isBlank()).ifPresent(q -> {
            TraceQuery.parse(q);
            parts.add(q);
        });
        if (parts.isEmpty()) {
            parts.add("status:accepted");
        }
        String combined = parts.size() == 1 ? parts.get(0)
                : String.join(" ", parts.stream().map(p -> "(" + p + ")").toList());
        String description = view.map(v -> "view \"" + v.name() + "\"; ").orElse("") + combined;
        return new ExportSelection(description, TraceQuery.parse(combined));
    }

    @Override
    public boolean test(TraceFacts facts) {
        return query.test(facts);
    }
}
