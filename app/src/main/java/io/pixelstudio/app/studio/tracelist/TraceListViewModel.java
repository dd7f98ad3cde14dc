package io.pixelstudio.app.studio.tracelist;

import io.pixelstudio.app.studio.document.TraceRow;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.List;
import java.util.Optional;

/**
 * State of the trace list: every row scanned so far, the filter text, the rows that pass it, and
 * what was wrong with the filter. Rows arrive in batches while the document is scanned; filtering
 * re-runs on each change of the text (100,000 rows take a few milliseconds, see the test).
 */
public final class TraceListViewModel {

    private final ObservableList<TraceRow> rows = FXCollections.observableArrayList();
    private final FilteredList<TraceRow> visible = new FilteredList<>(rows, row -> true);
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ReadOnlyStringWrapper filterProblem = new ReadOnlyStringWrapper(this, "filterProblem", "");

    public TraceListViewModel() {
        filterText.addListener((obs, old, text) -> applyFilter(text));
    }

    /** Rows scanned so far, in document order. */
    public ObservableList<TraceRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** The rows passing the filter, in document order. */
    public ObservableList<TraceRow> visibleRows() {
        return visible;
    }

    /** The filter text ({@link TraceFilter} language). */
    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** Why part of the filter was ignored, or empty. */
    public ReadOnlyStringProperty filterProblemProperty() {
        return filterProblem.getReadOnlyProperty();
    }

    /** Appends rows of the scan. */
    public void addRows(List<TraceRow> batch) {
        rows.addAll(batch);
    }

    /** Forgets every row (another document was opened). */
    public void clear() {
        rows.clear();
    }

    /** Puts {@code row} in place of the row with its index; does nothing when that row is not listed yet. */
    public void replaceRow(TraceRow row) {
        int at = positionOf(row.index());
        if (at >= 0) {
            rows.set(at, row);
        }
    }

    /** Puts {@code row} in place of the row with its index, or adds it when there is none. */
    public void putRow(TraceRow row) {
        int at = positionOf(row.index());
        if (at >= 0) {
            rows.set(at, row);
        } else {
            rows.add(row);
        }
    }

    /** Removes the row with document index {@code index}, if listed. */
    public void removeRow(int index) {
        int at = positionOf(index);
        if (at >= 0) {
            rows.remove(at);
        }
    }

    private int positionOf(int index) {
        if (index >= 0 && index < rows.size() && rows.get(index).index() == index) {
            return index;
        }
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (rows.get(i).index() == index) {
                return i;
            }
        }
        return -1;
    }

    /** The row of document index {@code index}, if scanned. */
    public Optional<TraceRow> rowAt(int index) {
        if (index >= 0 && index < rows.size() && rows.get(index).index() == index) {
            return Optional.of(rows.get(index));
        }
        return rows.stream().filter(r -> r.index() == index).findFirst();
    }

    private void applyFilter(String text) {
        TraceFilter filter = TraceFilter.parse(text == null ? "" : text);
        filterProblem.set(String.join("; ", filter.problems()));
        visible.setPredicate(filter.predicate());
    }
}
