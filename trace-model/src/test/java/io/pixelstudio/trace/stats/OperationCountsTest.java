package io.pixelstudio.trace.stats;

import io.pixelstudio.trace.Extras;
import io.pixelstudio.trace.Review;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.VisualOperation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OperationCountsTest {

    private static final String ZOOM = "{\"name\": \"crop_image_normalized\", \"arguments\": "
            + "{\"bbox_2d\": [0.2, 0.3, 0.7, 0.9], \"target_image\": 1}}";
    private static final String FRAMES = "{\"name\": \"select_frames\", \"arguments\": {\"target_frames\": [2, 5]}}";
    private static final String UNKNOWN_TOOL = "{\"name\": \"rotate_image\", \"arguments\": {\"angle\": 90}}";

    private static String call(String json) {
        return "Let me look.\n<tool_call>\n" + json + "\n</tool_call>";
    }

    private static Trace trace(Turn... turns) {
        return new Trace("t1", "test", "q", List.of(), List.of(), List.of(), List.of(turns), Review.none(), Extras.empty());
    }

    @Test
    void validCallsAreCountedByKindAndKeptInTurnOrder() {
        OperationCounts counts = OperationCounts.of(trace(
                Turn.text(Role.USER, "What colour is the light?"),
                Turn.text(Role.ASSISTANT, call(ZOOM)),
                Turn.text(Role.USER, "observation"),
                Turn.text(Role.ASSISTANT, call(FRAMES)),
                Turn.text(Role.ASSISTANT, call(ZOOM)),
                Turn.text(Role.ASSISTANT, "The answer is red.")));

        assertThat(counts.zoomIns()).isEqualTo(2);
        assertThat(counts.selectFrames()).isEqualTo(1);
        assertThat(counts.invalidCalls()).isZero();
        assertThat(counts.calls()).isEqualTo(3);
        assertThat(counts.operations()).hasExactlyElementsOfTypes(
                VisualOperation.ZoomIn.class, VisualOperation.SelectFrames.class, VisualOperation.ZoomIn.class);
        assertThat(((VisualOperation.SelectFrames) counts.operations().get(1)).frames()).containsExactly(2, 5);
    }

    @Test
    void callsThatAreNoValidOperationCountAsInvalid() {
        OperationCounts counts = OperationCounts.of(trace(
                Turn.text(Role.ASSISTANT, call(UNKNOWN_TOOL)),
                Turn.text(Role.ASSISTANT, call("{not json")),
                Turn.text(Role.ASSISTANT, call(ZOOM))));

        assertThat(counts.invalidCalls()).isEqualTo(2);
        assertThat(counts.zoomIns()).isEqualTo(1);
        assertThat(counts.calls()).isEqualTo(3);
    }

    @Test
    void onlyAssistantTurnsAreParsed() {
        OperationCounts counts = OperationCounts.of(trace(
                Turn.text(Role.SYSTEM, call(ZOOM)),
                Turn.text(Role.USER, call(FRAMES)),
                Turn.text(Role.USER, call(UNKNOWN_TOOL))));

        assertThat(counts.calls()).isZero();
        assertThat(counts.operations()).isEmpty();
    }

    @Test
    void aNegativeInvalidCountIsRejected() {
        assertThatThrownBy(() -> new OperationCounts(List.of(), -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
