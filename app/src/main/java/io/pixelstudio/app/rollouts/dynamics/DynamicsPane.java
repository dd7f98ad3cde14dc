package io.pixelstudio.app.rollouts.dynamics;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.trace.rollout.reward.RewardParameters;
import io.pixelstudio.trace.rollout.stats.StepStats;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Training dynamics of a run: per step, RaPR against the curiosity threshold H, accuracy with the
 * share of uniform groups, operations per rollout, and the reward's components, as four ChartFX
 * charts that stay smooth over thousands of steps; the pointer's step is marked on every chart and
 * its numbers read out above them; below, the same numbers as a sortable table that copies as TSV
 * (Shortcut+C). It only shows {@link StepStats}; the rollout window computes them off the FX thread
 * and calls {@link #show} again after a what-if.
 */
public final class DynamicsPane extends BorderPane {

    private final DynamicsViewModel model;
    private final List<StepChart> charts = new ArrayList<>();
    private final DynamicsTable table;
    private final Label readout = new Label();

    /** {@code messages}: the studio bundle (keys under {@code rollouts.dynamics.}). */
    public DynamicsPane(Messages messages) {
        Objects.requireNonNull(messages, "messages");
        Messages own = messages.under("rollouts.dynamics.", Locale.ROOT);
        model = new DynamicsViewModel(messages);
        table = new DynamicsTable(own);
        GridPane grid = new GridPane();
        for (int i = 0; i < 2; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(50);
            row.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(row);
        }
        DynamicsChart[] kinds = DynamicsChart.values();
        for (int i = 0; i < kinds.length; i++) {
            StepChart chart = new StepChart(kinds[i], own, model::hoverAt);
            chart.chart().addEventHandler(MouseEvent.MOUSE_CLICKED, this::revealHovered);
            charts.add(chart);
            grid.add(chart.chart(), i % 2, i / 2);
        }
        SplitPane split = new SplitPane(grid, table.view());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.68);
        readout.textProperty().bind(model.readoutProperty());
        readout.setPadding(new Insets(4, 8, 4, 8));
        readout.getStyleClass().add("dynamics-readout");
        setTop(readout);
        setCenter(split);
        model.stepsProperty().addListener((obs, old, steps) -> redraw());
        model.hoveredIndexProperty().addListener((obs, old, index) -> moveCursor(index.intValue()));
    }

    /**
     * Shows {@code steps} computed under {@code parameters} (whose H the RaPR chart draws). Null or
     * empty clears. Call on the FX thread.
     */
    public void show(List<StepStats> steps, RewardParameters parameters) {
        model.show(steps, parameters);
    }

    /** The pane's state, for the host and for tests. */
    public DynamicsViewModel model() {
        return model;
    }

    List<StepChart> charts() {
        return Collections.unmodifiableList(charts);
    }

    StepChart chart(DynamicsChart kind) {
        return charts.stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
    }

    DynamicsTable table() {
        return table;
    }

    Label readout() {
        return readout;
    }

    private void redraw() {
        double[] steps = model.stepAxis();
        for (StepChart chart : charts) {
            chart.setData(steps, model);
            chart.setThreshold(model.threshold());
            chart.setCursor(Double.NaN);
        }
        table.show(model.steps());
    }

    private void moveCursor(int index) {
        double step = index < 0 ? Double.NaN : model.steps().get(index).step();
        charts.forEach(c -> c.setCursor(step));
    }

    private void revealHovered(MouseEvent event) {
        int index = model.hoveredIndexProperty().get();
        if (event.isStillSincePress() && index >= 0) {
            table.reveal(model.steps().get(index));
        }
    }
}
