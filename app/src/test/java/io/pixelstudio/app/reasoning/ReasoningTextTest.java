package io.pixelstudio.app.reasoning;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReasoningTextTest {

    private final ReasoningText text = ReasoningText.load();

    @Test
    void pixelBoxesNameTheirConvention() {
        String label = text.zoomChip(3, 2, new Box(10, 20, 1500, 40.5, BoxConvention.MODEL_INPUT_PIXELS));

        assertThat(label).isEqualTo("zoom-in #3 · image 2 · [10, 20, 1500, 40.5] model-input pixels");
    }

    @Test
    void largeFrameIndicesAreNotGrouped() {
        assertThat(text.selectChip(12, List.of(1000, 2))).isEqualTo("select-frames #12 · 1000, 2");
    }
}
