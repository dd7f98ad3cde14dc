package io.pixelstudio.app.viewer;

import io.pixelstudio.app.testing.SampleData;
import io.pixelstudio.trace.ops.ObservedReplay;
import io.pixelstudio.trace.ops.OperationResult;
import io.pixelstudio.trace.ops.ReplayStep;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.awt.image.BufferedImage;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class CropPanelTest {

    private static SampleData sample;
    private CropPanel panel;

    @BeforeAll
    static void loadSample() throws Exception {
        sample = new SampleData();
    }

    @Start
    void start(Stage stage) {
        panel = new CropPanel();
        stage.setScene(new Scene(panel, 900, 700));
        stage.show();
    }

    @Test
    void showsTheOperationsOutputPixelForPixelWithItsSizeAndTokens(FxRobot robot) throws Exception {
        ObservedReplay.Result result = sample.replay("street-last-bus-two-zooms");
        assertThat(result.agrees()).as("the replay reproduces the trace's stated sizes").isTrue();
        for (ReplayStep step : result.replay().steps()) {
            BufferedImage crop = ((OperationResult.Success) step.result().orElseThrow()).images().get(0);
            robot.interact(() -> panel.show(step));
            WaitForAsyncUtils.waitForFxEvents();
            Pixels.assertSamePixels(FxImages.toAwt(panel.displayedImage()), crop);
            int w = crop.getWidth();
            int h = crop.getHeight();
            assertThat(panel.caption()).isEqualTo(w + "\u00d7" + h + " px \u00b7 " + (w / 28) * (h / 28) + " visual tokens");
            assertThat(panel.boxesText().lines()).hasSize(3)
                    .satisfiesExactly(
                            l -> assertThat(l).startsWith("normalized ["),
                            l -> assertThat(l).startsWith("model-input px ["),
                            l -> assertThat(l).startsWith("original px [").endsWith("(image 1)"));
            assertThat(panel.message()).isEmpty();
        }
    }

    @Test
    void drawsTheCropAtItsTrueResolutionWithoutSmoothing(FxRobot robot) throws Exception {
        ReplayStep step = sample.replay("street-last-bus-two-zooms").replay().steps().get(0);
        BufferedImage crop = ((OperationResult.Success) step.result().orElseThrow()).images().get(0);
        robot.interact(() -> panel.show(step));
        WaitForAsyncUtils.waitForFxEvents();
        ImageView view = robot.lookup(".crop-panel .image-view").queryAs(ImageView.class);
        assertThat(view.isSmooth()).isFalse();
        assertThat(view.getBoundsInLocal().getWidth()).isEqualTo(crop.getWidth());
        Image drawn = ImageViewerTest.fx(() -> view.snapshot(null, null));
        Pixels.assertSamePixels(FxImages.toAwt(drawn), crop);
    }

    @Test
    void aFailedCallShowsTheReferencesErrorTextAndNoImage(FxRobot robot) {
        ReplayStep failed = sample.replay("shelf-tea-best-before-bad-target").replay().steps().stream()
                .filter(s -> s.result().orElse(null) instanceof OperationResult.Failure).findFirst().orElseThrow();
        String error = ((OperationResult.Failure) failed.result().orElseThrow()).errorText();
        robot.interact(() -> panel.show(failed));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(panel.displayedImage()).isNull();
        assertThat(panel.caption()).isEmpty();
        assertThat(panel.message()).isEqualTo("The call failed: " + error);
    }

    @Test
    void selectedFramesAreShownSideBySideEachExact(FxRobot robot) {
        ReplayStep select = sample.replay("traffic-light-change").replay().steps().stream()
                .filter(s -> s.result().orElse(null) instanceof OperationResult.Success success && success.images().size() > 1)
                .findFirst().orElseThrow();
        List<BufferedImage> frames = ((OperationResult.Success) select.result().orElseThrow()).images();
        robot.interact(() -> panel.show(select));
        WaitForAsyncUtils.waitForFxEvents();
        List<Image> shown = panel.displayedImages();
        assertThat(shown).hasSize(frames.size());
        for (int i = 0; i < frames.size(); i++) {
            Pixels.assertSamePixels(FxImages.toAwt(shown.get(i)), frames.get(i));
        }
        assertThat(robot.lookup(".crop-panel .image-view").queryAll()).hasSize(frames.size());
        assertThat(panel.boxesText()).isEmpty();
    }

    @Test
    void aCallTheReferenceWouldNotRunShowsWhy(FxRobot robot) {
        ReplayStep zoom = sample.replay("street-bakery-hours").replay().steps().get(0);
        ReplayStep unexecuted = new ReplayStep(zoom.turnIndex(), zoom.call(), false, "the rollout stops after 4 calls",
                zoom.sourceImage(), zoom.boxes(), java.util.Optional.empty());
        robot.interact(() -> panel.show(unexecuted));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(panel.displayedImage()).isNull();
        assertThat(panel.message()).isEqualTo("Not executed: the rollout stops after 4 calls");
    }

    @Test
    void showingNothingClearsThePanel(FxRobot robot) {
        ReplayStep step = sample.replay("street-bakery-hours").replay().steps().get(0);
        robot.interact(() -> panel.show(step));
        robot.interact(() -> panel.show(null));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(panel.displayedImage()).isNull();
        assertThat(panel.caption()).isEmpty();
        assertThat(panel.boxesText()).isEmpty();
        assertThat(robot.lookup(".crop-panel .image-view").queryAll()).isEmpty();
    }
}
