package io.pixelstudio.app.studio.tracelist;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.app.studio.document.TraceRow;
import javafx.collections.ObservableList;
import java.util.List;
import io.pixelstudio.trace.curation.SetVerdict;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.controlsfx.control.textfield.TextFields;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;

import java.util.Objects;

/**
 * The trace list view: a filter box above a virtualized table (id, question, ops, status chip, tags).
 * Selecting a row sets {@code selectedIndex} (a document index); setting it from outside selects
 * and reveals the row. Several rows can be selected (Shift/Shortcut+click, Shortcut+A) for bulk
 * curation. ↑/↓ move through the rows while the table has focus; Escape in the filter
 * box clears it.
 */
public final class TraceListPane extends BorderPane {

    private final TraceListViewModel model;
    private final IntegerProperty selectedIndex;
    private final TableView<TraceRow> table = new TableView<>();
    /** ControlsFX clearable field: one click brings the whole list back. */
    private final TextField filter = TextFields.createClearableTextField();
    private boolean syncing;

    public TraceListPane(TraceListViewModel model, IntegerProperty selectedIndex, Messages messages) {
        this.model = Objects.requireNonNull(model, "model");
        this.selectedIndex = Objects.requireNonNull(selectedIndex, "selectedIndex");
        setId("trace-list");
        filter.setId("trace-filter");
        filter.setPromptText(messages.get("studio.list.filter.prompt"));
        filter.setTooltip(new Tooltip(messages.get("studio.list.filter.help")));
        filter.textProperty().bindBidirectional(model.filterTextProperty());
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                filter.clear();
                table.requestFocus();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                }
                e.consume();
            }
        });
        javafx.scene.control.Label problemLabel = new javafx.scene.control.Label();
        problemLabel.setId("trace-filter-problem");
        problemLabel.setStyle("-fx-text-fill: #c62828;");
        problemLabel.setWrapText(true);
        problemLabel.textProperty().bind(model.filterProblemProperty());
        problemLabel.managedProperty().bind(problemLabel.textProperty().isNotEmpty());
        problemLabel.visibleProperty().bind(problemLabel.managedProperty());
        model.filterProblemProperty().addListener((obs, old, problem) ->
                filter.setStyle(problem.isEmpty() ? "" : "-fx-border-color: #c62828;"));
        javafx.scene.layout.VBox top = new javafx.scene.layout.VBox(2, filter, problemLabel);
        BorderPane.setMargin(top, new Insets(4));
        setTop(top);
        setCenter(table);
        buildTable(messages);
        table.setPlaceholder(new javafx.scene.control.Label(messages.get("studio.list.empty")));
    }

    /** The table, for tests and focus handling. */
    public TableView<TraceRow> table() {
        return table;
    }

    /** The selected rows (Shift/Shortcut+click, Shortcut+A), in selection order. */
    public ObservableList<TraceRow> selectedRows() {
        return table.getSelectionModel().getSelectedItems();
    }

    /** The rows in the order the table shows them (filtered and sorted). */
    public List<TraceRow> displayedRows() {
        return table.getItems();
    }

    /** The filter box. */
    public TextField filterField() {
        return filter;
    }

    private void buildTable(Messages messages) {
        table.setId("trace-table");
        SortedList<TraceRow> sorted = new SortedList<>(model.visibleRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(24);
        table.getColumns().add(column(messages.get("studio.list.column.id"), 130, TraceRow::id));
        table.getColumns().add(column(messages.get("studio.list.column.question"), 150, TraceRow::question));
        TableColumn<TraceRow, Integer> ops = new TableColumn<>(messages.get("studio.list.column.ops"));
        ops.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().opCount()));
        ops.setPrefWidth(48);
        ops.setMinWidth(48);
        table.getColumns().add(ops);
        TableColumn<TraceRow, String> status = column(messages.get("studio.list.column.status"), 80,
                r -> SetVerdict.statusName(r.status()));
        status.setCellFactory(c -> new StatusChipCell());
        table.getColumns().add(status);
        table.getColumns().add(column(messages.get("studio.list.column.tags"), 90, r -> String.join(", ", r.tags())));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(TraceRow row, boolean empty) {
                super.updateItem(row, empty);
                boolean flagged = !empty && row != null && (row.invalidCount() > 0 || row.problem().isPresent());
                setStyle(flagged ? "-fx-text-background-color: #c62828;" : "");
                setTooltip(!empty && row != null && row.problem().isPresent() ? new Tooltip(row.problem().get()) : null);
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null && !syncing) {
                selectedIndex.set(row.index());
            }
        });
        selectedIndex.addListener((obs, old, index) -> reveal(index.intValue()));
        model.visibleRows().addListener((javafx.collections.ListChangeListener<TraceRow>) c -> {
            TraceRow selected = table.getSelectionModel().getSelectedItem();
            if (selected == null || selected.index() != selectedIndex.get()) {
                reveal(selectedIndex.get());
            }
        });
    }

    private void reveal(int index) {
        TraceRow selected = table.getSelectionModel().getSelectedItem();
        if (selected != null && selected.index() == index) {
            return;
        }
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).index() == index) {
                syncing = true;
                try {
                    table.getSelectionModel().clearAndSelect(i);
                } finally {
                    syncing = false;
                }
                table.scrollTo(Math.max(0, i - 3));
                return;
            }
        }
    }

    private static TableColumn<TraceRow, String> column(String title, double width,
                                                         java.util.function.Function<TraceRow, String> value) {
        TableColumn<TraceRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
