package io.pixelstudio.app.rollouts.dynamics;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.XValueIndicator;
import io.fair_acc.chartfx.plugins.YValueIndicator;
import io.fair_acc.chartfx.plugins.Zoomer;
import io.fair_acc.chartfx.renderer.ErrorStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.spi.DoubleDataSet;
import io.pixelstudio.app.i18n.Messages;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.DoubleConsumer;

/**
 * One ChartFX chart of the dynamics pane: one line per {@link DynamicsMetric} of its
 * {@link DynamicsChart}, drawn with point reduction (at most a few points per pixel column however
 * many steps there are), a vertical cursor at the hovered step shared by all charts, and on the RaPR
 * chart the horizontal line at the curiosity threshold H. Drag zooms, right-click zooms back out.
 */
final class StepChart {

    /**
     * Where a hidden indicator sits: off every axis, so ChartFX lays nothing out for it. The indicators
     * stay in the chart's plugin list for good: with the cursor removed from and added back to the
     * plugin list as it hid and showed, ChartFX's label layout threw IndexOutOfBoundsException from a
     * node-list content binding on the FX thread (seen in full CI runs).
     */
    private static final double HIDDEN = Double.NEGATIVE_INFINITY;

    private final DynamicsChart kind;
    private final XYChart chart;
    private final DefaultNumericAxis xAxis;
    private final DefaultNumericAxis yAxis;
    private final Map<DynamicsMetric, DoubleDataSet> series = new EnumMap<>(DynamicsMetric.class);
    private final Map<DynamicsMetric, String> names = new EnumMap<>(DynamicsMetric.class);
    private final ErrorDataSetRenderer renderer = new ErrorDataSetRenderer();
    private final YValueIndicator threshold;
    private final XValueIndicator cursor;
    private final String thresholdLabel;

    StepChart(DynamicsChart kind, Messages messages, DoubleConsumer onHover) {
        this.kind = Objects.requireNonNull(kind, "kind");
        xAxis = new DefaultNumericAxis(messages.get("axis.step"));
        yAxis = new DefaultNumericAxis(messages.get("axis." + kind.key()));
        for (DefaultNumericAxis axis : new DefaultNumericAxis[] {xAxis, yAxis}) {
            axis.setAutoUnitScaling(false);
            axis.setUnit(null);
        }
        xAxis.setAutoRangePadding(0.01);
        yAxis.setAutoRangePadding(0.05);
        if (kind == DynamicsChart.RAPR || kind == DynamicsChart.ACCURACY) {
            yAxis.setAutoRanging(false);
            yAxis.set(0.0, 1.0);
        }
        chart = new XYChart(xAxis, yAxis);
        chart.setTitle(messages.get("chart." + kind.key()));
        chart.setAnimated(false);
        renderer.setErrorStyle(ErrorStyle.NONE);
        renderer.setDrawMarker(false);
        renderer.setPointReduction(true);
        renderer.setAssumeSortedData(true);
        for (DynamicsMetric metric : DynamicsMetric.in(kind)) {
            names.put(metric, messages.get("metric." + metric.key()));
            DoubleDataSet set = new DoubleDataSet(names.get(metric));
            series.put(metric, set);
            renderer.getDatasets().add(set);
        }
        chart.getRenderers().setAll(renderer);
        chart.setLegendVisible(true);
        Zoomer zoomer = new Zoomer();
        zoomer.setAddButtonsToToolBar(false);
        chart.getPlugins().addAll(zoomer, new StepHoverPlugin(onHover));
        threshold = new YValueIndicator(yAxis, HIDDEN, "");
        threshold.setEditable(false);
        cursor = new XValueIndicator(xAxis, HIDDEN, "");
        cursor.setEditable(false);
        thresholdLabel = messages.get("threshold");
        chart.getPlugins().addAll(threshold, cursor);
    }

    DynamicsChart kind() {
        return kind;
    }

    XYChart chart() {
        return chart;
    }

    /** The data set drawing {@code metric}; the metric must belong to this chart. */
    DoubleDataSet dataSet(DynamicsMetric metric) {
        DoubleDataSet set = series.get(metric);
        if (set == null) {
            throw new IllegalArgumentException(metric + " is not drawn on the " + kind + " chart");
        }
        return set;
    }

    /**
     * Replaces every line: x = steps, y = the metric's value per step. The values go into new data
     * sets, filled before the renderer sees them and swapped in: a data set a renderer has drawn is
     * never written again, so a writer can never wait on a reader's lock (ChartFX's data-set locks are
     * not reentrant, and writing into a drawn set was seen to deadlock the FX thread under load).
     */
    void setData(double[] steps, DynamicsViewModel model) {
        List<DoubleDataSet> fresh = new ArrayList<>();
        for (DynamicsMetric metric : List.copyOf(series.keySet())) {
            DoubleDataSet set = new DoubleDataSet(names.get(metric));
            set.set(steps, model.values(metric), true);
            series.put(metric, set);
            fresh.add(set);
        }
        renderer.getDatasets().setAll(fresh);
        if (kind != DynamicsChart.RAPR && kind != DynamicsChart.ACCURACY) {
            yAxis.setAutoRanging(true);
        }
        xAxis.setAutoRanging(true);
    }

    /** Draws the threshold line at {@code h} (RaPR chart only); empty removes it. */
    void setThreshold(OptionalDouble h) {
        if (kind != DynamicsChart.RAPR) {
            return;
        }
        if (h.isPresent()) {
            threshold.setValue(h.getAsDouble());
            threshold.setText(thresholdLabel + " = " + DynamicsViewModel.format(h.getAsDouble()));
        } else {
            threshold.setValue(HIDDEN);
        }
    }

    /** Where the threshold line is drawn; empty when it is not. */
    OptionalDouble thresholdValue() {
        return shown(threshold.getValue());
    }

    /** Moves the shared cursor to {@code step}; NaN hides it. */
    void setCursor(double step) {
        cursor.setValue(Double.isNaN(step) ? HIDDEN : step);
    }

    /** Where the cursor is drawn; empty when hidden. */
    OptionalDouble cursorValue() {
        return shown(cursor.getValue());
    }

    private static OptionalDouble shown(double value) {
        return value == HIDDEN ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
