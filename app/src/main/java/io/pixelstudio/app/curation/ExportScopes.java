package io.pixelstudio.app.curation;

import io.pixelstudio.app.studio.document.TraceRow;
import io.pixelstudio.trace.export.ExportSelection;
import io.pixelstudio.trace.query.SavedView;
import io.pixelstudio.trace.query.SavedViews;

import java.util.List;
import java.util.Optional;

/**
 * Turns the dialog's scope into document indices over the scanned rows, with the same
 * {@link ExportSelection} rule as {@code pixelstudio export}, so the studio and the command line
 * export the same traces for the same view or query.
 */
final class ExportScopes {

    /** The chosen traces and how they were chosen. */
    record Chosen(String description, List<Integer> indices) {
    }

    private ExportScopes() {
    }

    /**
     * @param rows     every scanned row, in document order
     * @param filter   the filter box text
     * @param selected the selected rows
     * @throws IllegalArgumentException when the view is unknown or the filter does not parse
     */
    static Chosen resolve(ExportChoice choice, List<TraceRow> rows, String filter, List<TraceRow> selected,
                          SavedViews views) {
        if (choice.scope() == ExportChoice.Scope.SELECTION) {
            List<Integer> indices = selected.stream().map(TraceRow::index).sorted().distinct().toList();
            return new Chosen("selection of " + indices.size() + " row(s)", indices);
        }
        ExportSelection selection = switch (choice.scope()) {
            case ACCEPTED -> ExportSelection.accepted();
            case VIEW -> {
                SavedView view = views.find(choice.viewName()).orElseThrow(() ->
                        new IllegalArgumentException("no saved view '" + choice.viewName() + "'"));
                yield ExportSelection.of(List.of(), Optional.of(view), Optional.empty());
            }
            default -> filter.isBlank() ? new ExportSelection("all traces", io.pixelstudio.trace.query.TraceQuery.all())
                    : ExportSelection.of(List.of(), Optional.empty(), Optional.of(filter));
        };
        List<Integer> indices = rows.stream().filter(r -> r.problem().isEmpty() && selection.test(r.facts()))
                .map(TraceRow::index).toList();
        return new Chosen(selection.description(), indices);
    }
}
