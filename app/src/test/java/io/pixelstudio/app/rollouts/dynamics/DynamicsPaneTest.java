package io.pixelstudio.app.rollouts.dynamics;

import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.dataset.DataSet;
import io.fair_acc.dataset.spi.DoubleDataSet;
import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.trace.rollout.reward.RewardParameters;
import io.pixelstudio.trace.rollout.stats.StepStats;
import io.pixelstudio.app.viewer.FxImages;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@ExtendWith(ApplicationExtension.class)
class DynamicsPaneTest {

    private DynamicsPane pane;

    @Start
    void start(Stage stage) {
        pane = new DynamicsPane(Messages.load());
        stage.setScene(new Scene(pane, 1400, 900));
        stage.show();
    }

    static List<StepStats> run(int steps) {
        List<StepStats> out = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            double t = i / (double) Math.max(1, steps - 1);
            double rapr = 0.6 * Math.exp(-3 * t) + 0.1;
            out.add(new StepStats(i * 2, 16, 128, rapr, 0.4 + 0.3 * t, 1 + rapr, 0.5 + 0.3 * t,
                    0.4 + 0.3 * t, 0.1 * Math.max(0.3 - rapr, 0), -0.01 * t, 0.1 + 0.05 * Math.sin(i)));
        }
        return out;
    }

    private <T> T fx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get();
    }

    private void show(List<StepStats> steps, RewardParameters parameters) throws Exception {
        fx(() -> {
            pane.show(steps, parameters);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void everySeriesHoldsOnePointPerStepWithTheStepStatsValue() throws Exception {
        List<StepStats> steps = run(40);
        show(steps, RewardParameters.PAPER);

        for (DynamicsMetric metric : DynamicsMetric.values()) {
            DoubleDataSet set = pane.chart(metric.chart()).dataSet(metric);
            assertThat(set.getDataCount()).as(metric.name()).isEqualTo(steps.size());
            for (int i = 0; i < steps.size(); i++) {
                assertThat(set.get(DataSet.DIM_X, i)).isEqualTo(steps.get(i).step());
                assertThat(set.get(DataSet.DIM_Y, i)).as(metric + " at " + i).isEqualTo(metric.of(steps.get(i)));
            }
        }
        assertThat(pane.table().view().getItems()).containsExactlyElementsOf(steps);
    }

    @Test
    void theThresholdLineIsDrawnAtHOnTheRaprAxis() throws Exception {
        RewardParameters parameters = RewardParameters.PAPER.withCuriosityThreshold(0.45);
        show(run(50), parameters);

        StepChart rapr = pane.chart(DynamicsChart.RAPR);
        assertThat(rapr.thresholdValue()).hasValue(0.45);
        Line line = fx(() -> rapr.chart().lookupAll(".value-indicator-line").stream()
                .filter(Line.class::isInstance).map(Line.class::cast)
                .filter(l -> l.isVisible() && l.getStartY() == l.getEndY()).findFirst().orElseThrow());
        double lineY = fx(() -> line.localToScene(0, line.getStartY()).getY());
        DefaultNumericAxis yAxis = (DefaultNumericAxis) rapr.chart().getYAxis();
        double axisY = fx(() -> yAxis.localToScene(0, yAxis.getDisplayPosition(0.45)).getY());
        assertThat(lineY).isCloseTo(axisY, within(1.0));
        assertThat(pane.chart(DynamicsChart.REWARD).thresholdValue()).isEmpty();

        show(null, null);
        assertThat(rapr.thresholdValue()).isEmpty();
        assertThat(rapr.dataSet(DynamicsMetric.RAPR).getDataCount()).isZero();
    }

    @Test
    void chartsRenderUnderXvfbAndAScreenshotIsWritten(FxRobot robot) throws Exception {
        show(run(3000), RewardParameters.PAPER);

        WritableImage image = fx(() -> pane.snapshot(null, null));
        javax.imageio.ImageIO.write(FxImages.toAwt(image), "png",
                java.nio.file.Path.of("target", "dynamics-pane.png").toFile());
        Node canvas = pane.chart(DynamicsChart.RAPR).chart().getCanvas();
        WritableImage plot = fx(() -> canvas.snapshot(null, null));
        int drawn = 0;
        for (int x = 0; x < plot.getWidth(); x++) {
            for (int y = 0; y < plot.getHeight(); y++) {
                javafx.scene.paint.Color c = plot.getPixelReader().getColor(x, y);
                if (c.getSaturation() > 0.3 && c.getOpacity() > 0.5) {
                    drawn++;
                }
            }
        }
        assertThat(drawn).as("coloured pixels of the RaPR line").isGreaterThan((int) plot.getWidth() / 2);
    }

    @Test
    void hoveringAChartMovesTheCursorOnEveryChartAndReadsTheStepOut(FxRobot robot) throws Exception {
        List<StepStats> steps = run(21);
        show(steps, RewardParameters.PAPER);
        StepChart accuracy = pane.chart(DynamicsChart.ACCURACY);
        DefaultNumericAxis xAxis = (DefaultNumericAxis) accuracy.chart().getXAxis();
        Point2D target = fx(() -> {
            Bounds canvas = accuracy.chart().getCanvas().localToScreen(accuracy.chart().getCanvas().getBoundsInLocal());
            Point2D atStep = xAxis.localToScreen(xAxis.getDisplayPosition(20), 0);
            return new Point2D(atStep.getX(), canvas.getMinY() + canvas.getHeight() / 2);
        });

        robot.moveTo(target);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(pane.model().hoveredIndexProperty().get()).isEqualTo(10);
        assertThat(pane.readout().getText()).startsWith("step 20 (16 groups, 128 rollouts)");
        for (StepChart chart : pane.charts()) {
            assertThat(chart.cursorValue()).as(chart.kind().name()).hasValue(20.0);
        }
    }

    @Test
    void shortcutCCopiesTheTableAsTsvInTheSortedOrder(FxRobot robot) throws Exception {
        List<StepStats> steps = run(5);
        show(steps, RewardParameters.PAPER);
        fx(() -> {
            TableColumn<StepStats, ?> rapr = pane.table().view().getColumns().get(3);
            rapr.setSortType(TableColumn.SortType.ASCENDING);
            pane.table().view().getSortOrder().setAll(rapr);
            return null;
        });
        robot.clickOn(pane.table().view());
        fx(() -> {
            pane.table().view().getSelectionModel().clearSelection();
            return null;
        });

        robot.press(KeyCode.SHORTCUT, KeyCode.C).release(KeyCode.C, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();

        String copied = fx(() -> Clipboard.getSystemClipboard().getString());
        List<StepStats> byRapr = new ArrayList<>(steps);
        byRapr.sort(java.util.Comparator.comparingDouble(StepStats::raprMean));
        assertThat(copied).isEqualTo(DynamicsTsv.of(byRapr));
        assertThat(copied.split("\n")[1]).startsWith("8\t");
    }
}
