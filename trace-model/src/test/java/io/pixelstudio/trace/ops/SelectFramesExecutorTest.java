package io.pixelstudio.trace.ops;

import io.pixelstudio.trace.VisualOperation;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SelectFramesExecutorTest {

    private final List<BufferedImage> frames = new ArrayList<>();
    private final SelectFramesExecutor eval = new SelectFramesExecutor(Optional.empty());

    SelectFramesExecutorTest() {
        for (int i = 0; i < 16; i++) {
            frames.add(TestImages.pattern(56, 84, i));
        }
    }

    private OperationResult select(VisualState state, Integer... indices) {
        return eval.execute(state, new VisualOperation.SelectFrames(List.of(indices)));
    }

    @Test
    void returnsFramesInTheGivenOrderWithDuplicates() {
        OperationResult.Success success = (OperationResult.Success) select(VisualState.ofVideo(frames), 5, 2, 5);
        assertThat(success.images()).containsExactly(frames.get(4), frames.get(1), frames.get(4));
        // the reference numbers from len(images) = 1 (the video) to 1 + 3 - 1
        assertThat(success.resultText()).isEqualTo("\nHere are the selected frames (Frame Size: 56x84, Numbered 1 to 3):");
    }

    @Test
    void numberingContinuesAfterEarlierResults() {
        VisualState state = VisualState.ofVideo(frames).plus(List.of(frames.get(0), frames.get(1)));
        OperationResult.Success success = (OperationResult.Success) select(state, 7);
        assertThat(success.resultText()).endsWith("Numbered 3 to 3):");
    }

    @Test
    void indexZeroAndNegativesWrapFromTheEnd() {
        OperationResult.Success success = (OperationResult.Success) select(VisualState.ofVideo(frames), 0, -1);
        assertThat(success.images()).containsExactly(frames.get(15), frames.get(14));
        assertThat(SelectFramesExecutor.wrapsAround(new VisualOperation.SelectFrames(List.of(0, 3)))).isTrue();
        assertThat(SelectFramesExecutor.wrapsAround(new VisualOperation.SelectFrames(List.of(1, 3)))).isFalse();
        assertThat(select(VisualState.ofVideo(frames), -16)).isEqualTo(new OperationResult.Failure("list index out of range"));
    }

    @Test
    void moreThanEightFramesIsRefused() {
        assertThat(select(VisualState.ofVideo(frames), 1, 2, 3, 4, 5, 6, 7, 8, 9)).isEqualTo(new OperationResult.Failure(
                "Execution Error: You have selected 9 frames in total. Think again which frames you need to check in"
                        + " details (no more than 8 frames)"));
    }

    @Test
    void indexAboveTheFrameCountIsRefused() {
        assertThat(select(VisualState.ofVideo(frames), 3, 17)).isEqualTo(new OperationResult.Failure(
                "Execution Error: There are 16 frames numbered in range [1,16]. Your selection `target_frames=[3, 17]`"
                        + " is out of range."));
    }

    @Test
    void selectingFramesOfAnImageIsRefused() {
        assertThat(select(VisualState.ofImages(List.of(frames.get(0))), 1)).isEqualTo(new OperationResult.Failure(
                "Execution Error: You attempted to `select_frames` from **image** not **video**. You should use"
                        + " `crop_image_normalized` instead for inspecting **image**."));
    }

    @Test
    void trainingResizesFramesWithinItsBounds() {
        SelectFramesExecutor training = new SelectFramesExecutor(Optional.of(PixelBounds.TRAINING_FRAMES));
        List<BufferedImage> big = List.of(TestImages.constant(1280, 720, 0x102030));
        OperationResult.Success success = (OperationResult.Success) training.execute(VisualState.ofVideo(big),
                new VisualOperation.SelectFrames(List.of(1)));
        // 720x1280 rounds to 728x1288 > 313600: beta = sqrt(921600/313600) = 12/7 in exact arithmetic, but in
        // doubles 720/beta = 419.99999999999994, so floor gives 14*28 = 392 (Python agrees); 1280/beta -> 728
        assertThat(success.resultText()).contains("Frame Size: 728x392");
    }
}
