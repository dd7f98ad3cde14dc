package io.pixelstudio.app.runs;

import io.pixelstudio.bridge.events.RunEvent;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.TilePane;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One small line chart per metric a run reports (loss, reward components, RaPR, accuracy …), made as
 * each new metric name first appears and extended as metrics events arrive. NaN and infinite values
 * are left out of the line (a diverged loss shows as a gap, not a broken axis).
 */
public final class MetricsChartsPane extends ScrollPane {

    private final TilePane charts = new TilePane();
    private final Map<String, XYChart.Series<Number, Number>> series = new LinkedHashMap<>();
    private final Label empty;
    private ObservableList<RunEvent.Metrics> shown;
    private final ListChangeListener<RunEvent.Metrics> follower = change -> {
        while (change.next()) {
            if (change.wasAdded()) {
                change.getAddedSubList().forEach(this::add);
            }
        }
    };

    public MetricsChartsPane(String emptyText) {
        empty = new Label(emptyText);
        charts.setPrefColumns(2);
        charts.setHgap(8);
        charts.setVgap(8);
        setContent(empty);
        setFitToWidth(true);
    }

    /** Shows {@code metrics} and follows its additions (null clears). */
    public void show(ObservableList<RunEvent.Metrics> metrics) {
        if (shown != null) {
            shown.removeListener(follower);
        }
        series.clear();
        charts.getChildren().clear();
        shown = metrics;
        setContent(empty);
        if (metrics != null) {
            metrics.forEach(this::add);
            metrics.addListener(follower);
        }
    }

    /** The metric names charted, in the order they appeared. */
    public List<String> metricNames() {
        return List.copyOf(series.keySet());
    }

    /** The points of one metric's line. */
    public List<XYChart.Data<Number, Number>> points(String metric) {
        XYChart.Series<Number, Number> line = series.get(metric);
        return line == null ? List.of() : List.copyOf(line.getData());
    }

    private void add(RunEvent.Metrics event) {
        event.values().forEach((name, value) -> {
            if (Double.isFinite(value)) {
                seriesFor(name).getData().add(new XYChart.Data<>(event.step(), value));
            }
        });
    }

    private XYChart.Series<Number, Number> seriesFor(String name) {
        return series.computeIfAbsent(name, metric -> {
            NumberAxis steps = new NumberAxis();
            steps.setLabel("step");
            steps.setForceZeroInRange(false);
            NumberAxis values = new NumberAxis();
            values.setForceZeroInRange(false);
            LineChart<Number, Number> chart = new LineChart<>(steps, values);
            chart.setTitle(metric);
            chart.setCreateSymbols(false);
            chart.setAnimated(false);
            chart.setLegendVisible(false);
            chart.setPrefSize(420, 240);
            XYChart.Series<Number, Number> line = new XYChart.Series<>();
            line.setName(metric);
            chart.getData().add(line);
            charts.getChildren().add(chart);
            setContent(charts);
            return line;
        });
    }
}
