package io.pixelstudio.app.viewer;

import io.pixelstudio.app.testing.SampleData;
import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import io.pixelstudio.trace.ops.ObservedReplay;
import io.pixelstudio.trace.ops.OperationResult;
import io.pixelstudio.trace.ops.ReplayStep;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ZoomBoxOverlayTest {

    private static SampleData sample;

    @BeforeAll
    static void loadSample() throws Exception {
        sample = new SampleData();
    }

    @Test
    void fromReplayNumbersEveryZoomOnTheImageByItsCallAndPlacesItInOriginalPixels() {
        ObservedReplay.Result result = sample.replay("street-last-bus-two-zooms");
        List<ReplayStep> steps = result.replay().steps();
        List<ZoomBoxOverlay.StepBox> boxes = ZoomBoxOverlay.fromReplay(result.replay(), 0);
        assertThat(boxes).extracting(ZoomBoxOverlay.StepBox::step).containsExactly(1, 2);
        for (ZoomBoxOverlay.StepBox box : boxes) {
            ReplayStep step = steps.get(box.step() - 1);
            assertThat(box.turnIndex()).isEqualTo(step.turnIndex());
            assertThat(box.cutOriginalPixels()).isEqualTo(step.boxes().orElseThrow().cutOriginalPixels());
            assertThat(box.originalPixels()).isEqualTo(step.boxes().orElseThrow().originalPixels());
            assertThat(box.failed()).isFalse();
        }
        assertThat(ZoomBoxOverlay.fromReplay(result.replay(), 1)).isEmpty();
    }

    @Test
    void aFailedZoomIsMarkedFailed() {
        ObservedReplay.Result result = sample.replay("shelf-tea-best-before-bad-target");
        List<ZoomBoxOverlay.StepBox> boxes = ZoomBoxOverlay.fromReplay(result.replay(), 0);
        for (ZoomBoxOverlay.StepBox box : boxes) {
            ReplayStep step = result.replay().steps().get(box.step() - 1);
            assertThat(box.failed()).isEqualTo(!(step.result().orElse(null) instanceof OperationResult.Success));
        }
    }

    @Test
    void stepBoxesMustBeInOriginalPixels() {
        Box normalized = Box.normalized(0.1, 0.1, 0.2, 0.2);
        Box pixels = new Box(1, 1, 2, 2, BoxConvention.ORIGINAL_PIXELS);
        assertThatThrownBy(() -> new ZoomBoxOverlay.StepBox(1, 2, normalized, pixels, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("originalPixels");
    }
}
