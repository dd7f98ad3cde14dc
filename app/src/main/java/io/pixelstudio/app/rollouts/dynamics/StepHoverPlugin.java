package io.pixelstudio.app.rollouts.dynamics;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.plugins.ChartPlugin;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;

import java.util.Objects;
import java.util.function.DoubleConsumer;

/**
 * Reports the x-axis value (a step) under the pointer of a chart, and NaN when the pointer leaves
 * the plot area, so every chart of the pane can follow one step and the readout can name it.
 */
final class StepHoverPlugin extends ChartPlugin {

    StepHoverPlugin(DoubleConsumer onStep) {
        Objects.requireNonNull(onStep, "onStep");
        registerInputEventHandler(MouseEvent.MOUSE_MOVED, event -> {
            if (!(getChart() instanceof XYChart chart) || !isMouseEventWithinCanvas(event)) {
                onStep.accept(Double.NaN);
                return;
            }
            Point2D at = getLocationInPlotArea(event);
            onStep.accept(chart.getXAxis().getValueForDisplay(at.getX()));
        });
        registerInputEventHandler(MouseEvent.MOUSE_EXITED, event -> onStep.accept(Double.NaN));
    }
}
