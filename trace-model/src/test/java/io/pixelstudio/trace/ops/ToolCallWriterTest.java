package io.pixelstudio.trace.ops;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import io.pixelstudio.trace.VisualOperation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ToolCallWriterTest {

    @Test
    void writesZoomInLikePythonJsonDumps() {
        String text = ToolCallWriter.write(new VisualOperation.ZoomIn(1, Box.normalized(0.0, 0.25, 0.5, 1e-5)));
        assertThat(text).isEqualTo("<tool_call>\n{\"name\": \"crop_image_normalized\", \"arguments\":"
                + " {\"bbox_2d\": [0.0, 0.25, 0.5, 1e-05], \"target_image\": 1}}\n</tool_call>");
    }

    @Test
    void writesWholePixelValuesAsIntegers() {
        String json = ToolCallWriter.writeJson(
                new VisualOperation.ZoomIn(2, new Box(0, 0, 1, 112.5, BoxConvention.MODEL_INPUT_PIXELS)));
        assertThat(json).isEqualTo("{\"name\": \"crop_image_normalized\", \"arguments\":"
                + " {\"bbox_2d\": [0, 0, 1, 112.5], \"target_image\": 2}}");
    }

    @Test
    void writesSelectFrames() {
        assertThat(ToolCallWriter.write(new VisualOperation.SelectFrames(List.of(3, 1, 3))))
                .isEqualTo("<tool_call>\n{\"name\": \"select_frames\", \"arguments\": {\"target_frames\": [3, 1, 3]}}\n</tool_call>");
    }

    @Test
    void writtenCallParsesBackToTheSameOperation() {
        VisualOperation op = new VisualOperation.ZoomIn(3, Box.normalized(0.123456789, 0.1, 0.30000000000000004, 0.9));
        ToolCall call = ToolCallParser.parse("text " + ToolCallWriter.write(op)).orElseThrow();
        assertThat(((ToolCall.Valid) call).operation()).isEqualTo(op);
    }

    @Test
    void refusesOriginalPixelBoxes() {
        assertThatThrownBy(() -> ToolCallWriter.write(
                new VisualOperation.ZoomIn(1, new Box(1, 2, 3, 4, BoxConvention.ORIGINAL_PIXELS))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ORIGINAL_PIXELS");
    }
}
