package io.pixelstudio.app.rollouts.dynamics;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.trace.rollout.stats.StepStats;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The numbers behind the charts, one row per step, sortable by any column. Shortcut+C copies the
 * selected rows (all rows when none is selected) as {@link DynamicsTsv}, in the order shown, so a
 * researcher can paste a run's curve into a spreadsheet or a notebook at full precision.
 */
final class DynamicsTable {

    static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final TableView<StepStats> table = new TableView<>();
    private final ObservableList<StepStats> rows = FXCollections.observableArrayList();

    DynamicsTable(Messages messages) {
        Objects.requireNonNull(messages, "messages");
        SortedList<StepStats> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new javafx.scene.control.Label(messages.get("table.empty")));
        table.getColumns().add(integer(messages.get("column.step"), StepStats::step));
        table.getColumns().add(integer(messages.get("column.groups"), StepStats::groups));
        table.getColumns().add(integer(messages.get("column.rollouts"), StepStats::rollouts));
        for (DynamicsMetric metric : DynamicsMetric.values()) {
            table.getColumns().add(decimal(messages.get("metric." + metric.key()), metric));
        }
        table.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (COPY.match(event)) {
                copy();
                event.consume();
            }
        });
    }

    TableView<StepStats> view() {
        return table;
    }

    void show(List<StepStats> steps) {
        table.getSelectionModel().clearSelection();
        rows.setAll(steps);
    }

    /** The selected rows (all when none is selected) as TSV, in the order the table shows them. */
    String selectionAsTsv() {
        List<StepStats> shown = table.getItems();
        List<Integer> selected = new ArrayList<>(table.getSelectionModel().getSelectedIndices());
        if (selected.isEmpty()) {
            return DynamicsTsv.of(shown);
        }
        selected.sort(null);
        List<StepStats> out = new ArrayList<>(selected.size());
        for (int index : selected) {
            if (index >= 0 && index < shown.size()) {
                out.add(shown.get(index));
            }
        }
        return DynamicsTsv.of(out);
    }

    /** Puts {@link #selectionAsTsv()} on the system clipboard. */
    void copy() {
        ClipboardContent content = new ClipboardContent();
        content.putString(selectionAsTsv());
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** Selects and scrolls to the row of {@code step}, wherever the current sort put it. */
    void reveal(StepStats step) {
        int row = table.getItems().indexOf(step);
        if (row >= 0) {
            table.getSelectionModel().clearAndSelect(row);
            table.scrollTo(row);
        }
    }

    private static TableColumn<StepStats, Number> integer(String title, Function<StepStats, Integer> value) {
        TableColumn<StepStats, Number> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> cell(false));
        return column;
    }

    private static TableColumn<StepStats, Number> decimal(String title, DynamicsMetric metric) {
        TableColumn<StepStats, Number> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(metric.of(c.getValue())));
        column.setCellFactory(c -> cell(true));
        return column;
    }

    private static TableCell<StepStats, Number> cell(boolean decimal) {
        return new TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : decimal ? DynamicsViewModel.format(item.doubleValue()) : item.toString());
                setStyle("-fx-alignment: CENTER-RIGHT;");
            }
        };
    }
}
