package io.pixelstudio.app.compare;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.app.studio.task.ErrorReporter;
import io.pixelstudio.app.studio.task.FxBackgroundTasks;
import io.pixelstudio.app.viewer.EvidenceOverlay;
import io.pixelstudio.app.viewer.FxImages;
import io.pixelstudio.app.viewer.Overlay;
import io.pixelstudio.app.viewer.ViewTransform;
import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.media.ImageLoader;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TableColumn;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class CompareWindowTest {

    @TempDir
    static Path dir;

    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "compare-test");
        t.setDaemon(true);
        return t;
    });
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final Messages messages = Messages.load();
    private CompareWindow window;

    @Start
    void start(Stage ignored) throws Exception {
        ErrorReporter reporter = (title, error) -> errors.add(title + ": " + error);
        FxBackgroundTasks tasks = new FxBackgroundTasks(background, Platform::runLater, reporter);
        window = new CompareWindow(null, CompareRuns.model(tasks, reporter), tasks, new ImageLoader(), messages);
        window.stage().setWidth(1500);
        window.stage().setHeight(950);
        window.show();
        window.model().addRuns(List.of(CompareRuns.BASELINE, CompareRuns.writeRunB(dir)));
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    @Test
    void theTableAndTheChartHaveBothRunsAndTheFilterNarrowsTheSamples(FxRobot robot) throws Exception {
        waitUntil(() -> window.model().analysis().runs().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();

        List<String> headers = onFx(() -> window.summaryPane().table().getColumns().stream().map(TableColumn::getText).toList());
        assertThat(headers).containsExactly("benchmark / category", "pixelreasoner-run", "run-b.predictions.jsonl",
                "\u0394 run-b.predictions.jsonl", "McNemar p run-b.predictions.jsonl");
        assertThat(onFx(() -> window.summaryPane().table().getItems().size())).isEqualTo(5);
        List<XYChart.Series<String, Number>> series = onFx(() -> List.copyOf(window.summaryPane().chart().getData()));
        assertThat(series).extracting(XYChart.Series::getName).containsExactly("pixelreasoner-run", "run-b.predictions.jsonl");
        assertThat(series.get(0).getData()).extracting(XYChart.Data::getXValue).containsExactly("vstar", "tallyqa", "infovqa");
        assertThat(onFx(() -> window.samplePane().table().getItems().size())).isEqualTo(4);
        assertThat(onFx(() -> window.samplePane().count().getText())).isEqualTo(messages.get("compare.samples.count", 4, 4));

        robot.clickOn("#compare-filter");
        robot.clickOn(messages.get("compare.filter.right-to-wrong"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.model().filterProperty().get()).isEqualTo(SampleFilter.RIGHT_TO_WRONG);
        assertThat(onFx(() -> window.samplePane().table().getItems().stream().map(SampleRow::qid).toList()))
                .containsExactly("vstar-1");
        assertThat(onFx(() -> window.samplePane().count().getText())).isEqualTo(messages.get("compare.samples.count", 1, 4));
        assertThat(errors).isEmpty();
    }

    @Test
    void selectingASampleDrawsEachRunsZoomBoxInItsColourOverTheImage() throws Exception {
        waitUntil(() -> window.model().analysis().runs().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();

        Platform.runLater(() -> window.samplePane().table().getSelectionModel().select(0));
        waitUntil(() -> window.samplePane().viewer().imageProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        List<Overlay> overlays = onFx(() -> List.copyOf(window.samplePane().viewer().overlays()));
        assertThat(overlays).hasSize(2);
        assertThat(((EvidenceOverlay) overlays.get(0)).boxes()).as("vstar-1's annotated evidence").hasSize(1);
        RunPathOverlay overlay = (RunPathOverlay) overlays.get(1);
        assertThat(overlay.paths()).hasSize(2);
        assertThat(overlay.paths()).allSatisfy(p -> assertThat(p.boxes()).hasSize(1));
        assertThat(overlay.paths().get(0).colour()).isNotEqualTo(overlay.paths().get(1).colour());
        assertThat(onFx(() -> window.samplePane().legend().getChildren().size())).isEqualTo(2);
        assertThat(onFx(() -> window.samplePane().notice().isVisible())).isFalse();
        Image canvas = onFx(() -> window.samplePane().viewer().canvas().snapshot(null, null));
        ViewTransform t = onFx(() -> window.samplePane().viewer().transformProperty().get());
        for (RunPathOverlay.RunPath path : overlay.paths()) {
            Box box = path.boxes().get(0);
            Point2D left = t.imageToScreen(box.x1(), (box.y1() + box.y2()) / 2);
            Color pixel = canvas.getPixelReader().getColor((int) Math.round(left.getX()), (int) Math.round(left.getY()));
            assertThat(distance(pixel, path.colour())).as("left edge of run %d's box at %s: %s", path.run(), left, pixel)
                    .isLessThan(0.15);
        }

        Path file = Path.of("target", "screenshots", "compare-window.png");
        Files.createDirectories(file.getParent());
        WritableImage shot = onFx(() -> window.stage().getScene().getRoot().snapshot(null, null));
        ImageIO.write(FxImages.toAwt(shot), "png", file.toFile());
        assertThat(file).exists();

        int noImage = onFx(() -> window.samplePane().table().getItems().stream().map(SampleRow::qid).toList().indexOf("tallyqa-5"));
        Platform.runLater(() -> window.samplePane().table().getSelectionModel().select(noImage));
        waitUntil(() -> window.samplePane().notice().isVisible()
                && window.samplePane().notice().getText().equals(messages.get("compare.image.none")));
        assertThat(onFx(() -> window.samplePane().viewer().overlays())).isEmpty();
        assertThat(errors).isEmpty();
    }

    @Test
    void removingARunFromTheToolbarLeavesTheOtherAsTheOnlyColumn(FxRobot robot) throws Exception {
        waitUntil(() -> window.model().analysis().runs().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#compare-remove");
        robot.clickOn("pixelreasoner-run");
        waitUntil(() -> window.model().analysis().runs().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.model().runs()).extracting(LoadedRun::name).containsExactly("run-b.predictions.jsonl");
        List<String> headers = onFx(() -> window.summaryPane().table().getColumns().stream().map(TableColumn::getText).toList());
        assertThat(headers).containsExactly("benchmark / category", "run-b.predictions.jsonl");
        assertThat(errors).isEmpty();
    }

    private static double distance(Color a, Color b) {
        return Math.max(Math.abs(a.getRed() - b.getRed()),
                Math.max(Math.abs(a.getGreen() - b.getGreen()), Math.abs(a.getBlue() - b.getBlue())));
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(condition::getAsBoolean));
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(20, TimeUnit.SECONDS);
    }
}
