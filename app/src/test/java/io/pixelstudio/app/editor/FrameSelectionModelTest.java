package io.pixelstudio.app.editor;

import io.pixelstudio.app.i18n.Messages;
import io.pixelstudio.trace.VisualOperation;
import io.pixelstudio.trace.ops.ReplayStep;
import io.pixelstudio.trace.ops.ToolCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A Shortcut+click on a frame toggles it in the current select-frames call, one edit per click. */
class FrameSelectionModelTest {

    private final RecordingEditCommands commands = new RecordingEditCommands();
    private StudioFixture studio;
    private FrameSelectionModel model;

    @BeforeEach
    void setUp() {
        studio = new StudioFixture();
        studio.select("traffic-light-change");
        model = new FrameSelectionModel(commands, studio.state.editor()::edit, Messages.load(),
                () -> studio.state.loadedProperty().get(), () -> studio.state.currentStepProperty().get());
    }

    @AfterEach
    void tearDown() {
        studio.close();
    }

    private static List<Integer> frames(ReplayStep step) {
        return ((VisualOperation.SelectFrames) ((ToolCall.Valid) step.call()).operation()).frames();
    }

    @Test
    void clickingAFrameTheCallDoesNotPickAddsItInOrder() {
        ReplayStep step = studio.stepTo(false);
        List<Integer> before = frames(step);
        int frame = firstUnpicked(before);

        assertThat(model.toggle(frame)).isEqualTo(EditOutcome.APPLIED);

        List<Integer> expected = new ArrayList<>(before);
        expected.add(frame + 1);
        expected.sort(Integer::compare);
        assertThat(commands.last()).isEqualTo(new RecordingEditCommands.Call("selectFrames",
                List.of(step.turnIndex(), expected)));
        assertThat(studio.state.editor().undoTextProperty().get()).isEqualTo("Select frames in turn " + step.turnIndex());
    }

    @Test
    void clickingAPickedFrameRemovesIt() {
        ReplayStep step = studio.stepTo(false);
        List<Integer> before = frames(step);
        int picked = before.get(0) - 1;

        model.toggle(picked);

        List<Integer> expected = new ArrayList<>(before.subList(1, before.size()));
        assertThat(commands.last().arguments()).containsExactly(step.turnIndex(), expected);
    }

    @Test
    void withoutASelectFramesStepTheClickIsRefusedWithAReason() {
        studio.state.currentTurnProperty().set(0);
        assertThat(model.toggle(0)).isEqualTo(EditOutcome.REFUSED);
        assertThat(model.messageProperty().get()).contains("select-frames");
        assertThat(commands.calls).isEmpty();
    }

    private int firstUnpicked(List<Integer> picked) {
        int count = studio.state.loadedProperty().get().sources().size();
        for (int f = 0; f < count; f++) {
            int frame = f;
            if (picked.stream().noneMatch(p -> Math.floorMod(p - 1, count) == frame)) {
                return f;
            }
        }
        throw new AssertionError("every frame picked");
    }
}
