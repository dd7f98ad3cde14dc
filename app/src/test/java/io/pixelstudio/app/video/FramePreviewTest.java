package io.pixelstudio.app.video;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class FramePreviewTest {

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void onlyTheLatestRequestedFrameIsDecodedAndShown(FxRobot robot) {
        QueueExecutor queue = new QueueExecutor();
        ColourFrames source = new ColourFrames("clip", 10, -1);
        FramePreview preview = new FramePreview(queue);
        robot.interact(() -> {
            preview.show(source, 1);
            preview.show(source, 2);
            preview.show(source, 3);
        });
        assertThat(preview.loadingProperty().get()).isTrue();
        queue.runAll();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(source.decodes()).as("superseded requests are skipped").isEqualTo(1);
        assertThat(preview.frameIndexProperty().get()).isEqualTo(3);
        assertThat(preview.loadingProperty().get()).isFalse();
        assertThat(preview.errorProperty().get()).isNull();
        assertThat(preview.imageProperty().get().getWidth()).as("full resolution").isEqualTo(160);
        assertThat(preview.imageProperty().get().getPixelReader().getArgb(80, 45)).isEqualTo(ColourFrames.colour(3));
        assertThat(preview.frameProperty().get().getRGB(80, 45)).isEqualTo(ColourFrames.colour(3));
    }

    @Test
    void aFrameThatCannotBeDecodedSetsTheErrorInsteadOfThrowing(FxRobot robot) {
        ColourFrames source = new ColourFrames("clip", 10, 4);
        FramePreview preview = new FramePreview(Runnable::run);
        robot.interact(() -> preview.show(source, 4));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(preview.imageProperty().get()).isNull();
        assertThat(preview.errorProperty().get()).isEqualTo("Cannot show frame clip5: clip frame 4: corrupt packet");

        robot.interact(() -> preview.show(null, 0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(preview.errorProperty().get()).isNull();
        assertThat(preview.frameIndexProperty().get()).isEqualTo(-1);
    }

    @Test
    void showsTheExactVideoFrameAtFullResolution(FxRobot robot) throws Exception {
        try (FrameSource video = FrameSource.ofVideo(SampleFrames.VIDEO)) {
            FramePreview preview = new FramePreview(Runnable::run);
            robot.interact(() -> preview.show(video, SampleFrames.LAST_RED + 1));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(preview.imageProperty().get().getWidth()).isEqualTo(640);
            assertThat(SampleFrames.light(preview.frameProperty().get(), 1)).isEqualTo("green");
            int argb = preview.imageProperty().get().getPixelReader()
                    .getArgb(SampleFrames.LAMP_X, SampleFrames.GREEN_LAMP_Y);
            assertThat(argb).isEqualTo(preview.frameProperty().get().getRGB(SampleFrames.LAMP_X, SampleFrames.GREEN_LAMP_Y));
        }
    }
}
