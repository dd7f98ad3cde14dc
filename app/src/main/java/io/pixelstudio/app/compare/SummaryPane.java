package io.pixelstudio.app.compare;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.trace.eval.stats.ScoreSummary;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The top of the compare screen: the runs × benchmarks (and categories) table with each run's score
 * and interval, its delta against the baseline with the paired interval and McNemar p, and a bar
 * chart of each benchmark's score per run. Bars use the runs' overlay colours. Rebuilt whenever the analysis changes, since the columns
 * depend on the runs.
 */
final class SummaryPane extends SplitPane {

    private final Messages messages;
    private final CompareCells cells;
    private final TableView<SummaryRow> table = new TableView<>();
    private final BarChart<String, Number> chart;

    SummaryPane(Messages messages) {
        this.messages = messages;
        this.cells = new CompareCells(messages);
        table.setId("compare-summary");
        table.setPlaceholder(new Label(messages.get("compare.empty")));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        CategoryAxis x = new CategoryAxis();
        x.setLabel(messages.get("compare.chart.benchmarks"));
        NumberAxis y = new NumberAxis(0, 100, 10);
        y.setLabel(messages.get("compare.chart.score"));
        chart = new BarChart<>(x, y);
        chart.setId("compare-chart");
        chart.setAnimated(false);
        chart.setStyle(RunPathOverlay.chartColours());
        getItems().addAll(table, chart);
        setDividerPositions(0.62);
    }

    TableView<SummaryRow> table() {
        return table;
    }

    BarChart<String, Number> chart() {
        return chart;
    }

    /** Shows {@code analysis}: new columns for its runs, its rows, one chart series per run. */
    void show(CompareAnalysis analysis) {
        List<LoadedRun> runs = analysis.runs();
        table.getItems().clear();
        table.getColumns().clear();
        table.getColumns().add(column(messages.get("compare.column.row"), SummaryRow::label, 190));
        for (int i = 0; i < runs.size(); i++) {
            int run = i;
            table.getColumns().add(column(runs.get(i).name(), r -> cells.score(r.scores().get(run)), 150));
        }
        for (int i = 1; i < runs.size(); i++) {
            int run = i;
            table.getColumns().add(column(messages.get("compare.column.delta", runs.get(i).name()),
                    r -> cells.delta(r.versusBaseline().get(run)), 160));
            table.getColumns().add(column(messages.get("compare.column.p", runs.get(i).name()),
                    r -> cells.mcnemar(r.versusBaseline().get(run)), 110));
        }
        table.getItems().setAll(analysis.summary());
        chart.getData().clear();
        for (int i = 0; i < runs.size(); i++) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(runs.get(i).name());
            for (SummaryRow row : analysis.summary()) {
                Optional<ScoreSummary> score = row.scores().get(i);
                if (row.category().isEmpty() && score.isPresent()) {
                    series.getData().add(new XYChart.Data<>(row.label(), score.get().mean() * 100));
                }
            }
            chart.getData().add(series);
        }
    }

    private static TableColumn<SummaryRow, String> column(String title, Function<SummaryRow, String> text, double width) {
        TableColumn<SummaryRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
