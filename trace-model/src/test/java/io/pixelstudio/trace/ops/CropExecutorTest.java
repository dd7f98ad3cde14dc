package io.pixelstudio.trace.ops;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import io.pixelstudio.trace.VisualOperation;
import io.pixelstudio.trace.testing.PixelDifference;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CropExecutorTest {

    private final BufferedImage image = TestImages.pattern(100, 60, 7);
    private final CropExecutor training = new CropExecutor(PixelBounds.TRAINING_CROP);

    private OperationResult run(VisualState state, int target, Box box) {
        return training.execute(state, new VisualOperation.ZoomIn(target, box)).result();
    }

    @Test
    void cropsPadsResizesAndMatchesPillowPixelForPixel() {
        // [0.2,0.3,0.7,0.9] padded -> [0.1,0.2,0.8,1.0] -> cut x 10..80, y 12..60 = 70x48;
        // smart_resize(48, 70): 48/28=1.71 -> 56, 70/28=2.5 -> 2 (half-even) -> 56
        CropExecutor.Outcome outcome = training.execute(VisualState.ofImages(List.of(image)),
                new VisualOperation.ZoomIn(1, Box.normalized(0.2, 0.3, 0.7, 0.9)));
        assertThat(outcome.geometry().left()).isEqualTo(10);
        assertThat(outcome.geometry().top()).isEqualTo(12);
        assertThat(outcome.geometry().width()).isEqualTo(70);
        assertThat(outcome.geometry().height()).isEqualTo(48);
        OperationResult.Success success = (OperationResult.Success) outcome.result();
        assertThat(success.resultText()).isEqualTo("\nHere is the cropped image (Image Size: 56x56):");
        assertThat(PixelDifference.max(success.images().get(0), TestImages.golden("crop_pipeline.png"))).isZero();
    }

    @Test
    void zeroZeroOneOneCountsAsPixels() {
        // pixels: x2 = 1/100 + 0.1 = 0.11 -> 11 px; y2 = 1/60 + 0.1 -> 7 px
        assertThat(run(VisualState.ofImages(List.of(image)), 1, new Box(0, 0, 1, 1, BoxConvention.NORMALIZED)))
                .isEqualTo(new OperationResult.Failure("Cropped image is too small: 11x7"));
    }

    @Test
    void roundsCropEdgesHalfToEven() {
        // y2 = 50.5/60 + 0.1 -> 56.5 px -> 56 (half-even); x: 0..70
        CropExecutor.Outcome outcome = training.execute(VisualState.ofImages(List.of(image)),
                new VisualOperation.ZoomIn(1, new Box(10, 0, 60, 50.5, BoxConvention.MODEL_INPUT_PIXELS)));
        assertThat(outcome.geometry().exactBottom()).isEqualTo(56.5);
        assertThat(outcome.geometry().width()).isEqualTo(70);
        assertThat(outcome.geometry().height()).isEqualTo(56);
    }

    @Test
    void cropOf28PixelsOrLessIsRefused() {
        // [0.255,0.225,0.745,0.505] -> 15.5..84.5 x 7.5..36.3 -> 16..84 x 8..36 = 68x28
        assertThat(run(VisualState.ofImages(List.of(image)), 1, Box.normalized(0.255, 0.225, 0.745, 0.505)))
                .isEqualTo(new OperationResult.Failure("Cropped image is too small: 68x28"));
    }

    @Test
    void reversedBoxFailsAsPillowsCropDoes() {
        assertThat(run(VisualState.ofImages(List.of(image)), 1, new Box(50, 10, 20, 40, BoxConvention.MODEL_INPUT_PIXELS)))
                .isEqualTo(new OperationResult.Failure("Coordinate 'right' is less than 'left'"));
        assertThat(run(VisualState.ofImages(List.of(image)), 1, Box.normalized(0.1, 0.9, 0.8, 0.2)))
                .isEqualTo(new OperationResult.Failure("Coordinate 'lower' is less than 'upper'"));
    }

    @Test
    void targetOutOfRangeGivesTheReferenceText() {
        assertThat(run(VisualState.ofImages(List.of(image, image)), 3, Box.normalized(0.1, 0.1, 0.9, 0.9)))
                .isEqualTo(new OperationResult.Failure("Execution Error: Incorrect `target_image` argument in"
                        + " `crop_image_normalized` operation. You can only pick an image within [1,2]"));
    }

    @Test
    void targetZeroTakesTheLastImageLikePython() {
        BufferedImage small = TestImages.pattern(40, 40, 1);
        CropExecutor.Outcome outcome = training.execute(VisualState.ofImages(List.of(image, small)),
                new VisualOperation.ZoomIn(0, Box.normalized(0.1, 0.1, 0.9, 0.9)));
        assertThat(outcome.source()).isSameAs(small);
        assertThat(run(VisualState.ofImages(List.of(image)), -1, Box.normalized(0.1, 0.1, 0.9, 0.9)))
                .isEqualTo(new OperationResult.Failure("list index out of range"));
    }

    @Test
    void onAVideoTargetIndexesFramesUntilResultsExistThenMustBeTwoOrMore() {
        VisualState video = VisualState.ofVideo(List.of(image, image, image));
        assertThat(run(video, 4, Box.normalized(0.1, 0.1, 0.9, 0.9))).isEqualTo(new OperationResult.Failure(
                "Execution Error: Incorrect `target_image` argument in `crop_image_normalized` operation. You can only"
                        + " pick an image **from** the video within [1,3], but the current argument `target_image=4`."));
        VisualState withResult = video.plus(List.of(image));
        assertThat(run(withResult, 1, Box.normalized(0.1, 0.1, 0.9, 0.9))).isEqualTo(new OperationResult.Failure(
                "Execution Error: Incorrect `target_image` argument in `crop_image_normalized` operation. You can only"
                        + " pick an image within range [2,2], but the current argument `target_image=1`."));
        assertThat(run(withResult, 2, Box.normalized(0.1, 0.1, 0.9, 0.9))).isInstanceOf(OperationResult.Success.class);
        assertThat(run(withResult, 3, Box.normalized(0.1, 0.1, 0.9, 0.9)))
                .isEqualTo(new OperationResult.Failure("list index out of range"));
    }

    @Test
    void tooElongatedCropFailsWithTheAspectRatioError() {
        BufferedImage wide = TestImages.constant(8040, 40, 0x808080);
        assertThat(run(VisualState.ofImages(List.of(wide)), 1, Box.normalized(0.1, 0.1, 0.9, 0.9)))
                .isEqualTo(new OperationResult.Failure("absolute aspect ratio must be smaller than 200, got 201.0"));
    }
}
