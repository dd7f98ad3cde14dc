package io.pixelstudio.trace.edit;

import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.VisualOperation;
import io.pixelstudio.trace.ops.OperationResult;
import io.pixelstudio.trace.ops.SelectFramesExecutor;
import io.pixelstudio.trace.ops.PixelBounds;
import io.pixelstudio.trace.ops.TraceReplay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SelectFramesEditTest {

    @TempDir
    Path folder;

    private List<String> frames(EditFixtures fx, int n) {
        return java.util.stream.IntStream.rangeClosed(1, n)
                .mapToObj(i -> fx.image("clip/frame_" + i + ".png", 160, 120, i)).toList();
    }

    @Test
    void choosingOtherFramesRewritesTheCallAndTheObservationFramesAndText() throws Exception {
        EditFixtures fx = new EditFixtures(folder);
        List<String> frames = frames(fx, 6);
        Trace before = fx.withObservations(fx.videoTrace(frames, "[2, 3]"), "obs");
        EditSession session = EditFixtures.session(before);

        session.apply(0, new SelectFramesEdit(2, List.of(1, 4, 6), fx.renderer));

        Trace after = session.trace(0);
        assertThat(after.turns().get(2).text()).isEqualTo(EditFixtures.call(
                "{\"name\": \"select_frames\", \"arguments\": {\"target_frames\": [1, 4, 6]}}"));
        Turn observation = after.turns().get(3);
        assertThat(observation.imagePaths()).containsExactly(frames.get(0), frames.get(3), frames.get(5));
        TraceReplay.Replay replay = fx.replay(before);
        OperationResult expected = new SelectFramesExecutor(Optional.of(PixelBounds.TRAINING_FRAMES))
                .execute(replay.initial(), new VisualOperation.SelectFrames(List.of(1, 4, 6)));
        assertThat(observation.text()).isEqualTo(expected.observationText());

        session.undo();
        assertThat(session.trace(0)).isEqualTo(before);
    }

    @Test
    void selectingAnotherNumberOfFramesRenumbersAndReExecutesTheLaterCrop() throws Exception {
        EditFixtures fx = new EditFixtures(folder);
        List<String> frames = frames(fx, 4);
        Trace draft = fx.videoTrace(frames, "[2]");
        List<Turn> turns = new java.util.ArrayList<>(draft.turns());
        // after one selected frame, image 2 is that frame: crop it
        turns.add(4, Turn.text(io.pixelstudio.trace.Role.ASSISTANT, EditFixtures.zoom("[0.1, 0.1, 0.8, 0.8]", 2)));
        turns.add(5, Turn.text(io.pixelstudio.trace.Role.USER, "\nHere is the cropped image:"));
        Trace before = fx.withObservations(draft.withTurns(turns), "obs");
        String cropBefore = before.turns().get(5).imagePaths().get(0);

        Trace after = new SelectFramesEdit(2, List.of(3, 4), fx.renderer).apply(before);

        TraceReplay.Replay replay = fx.replay(after);
        assertThat(after.turns().get(3).text()).isEqualTo(replay.steps().get(0).result().orElseThrow().observationText());
        assertThat(after.turns().get(3).imagePaths()).containsExactly(frames.get(2), frames.get(3));
        var crop = (OperationResult.Success) replay.steps().get(1).result().orElseThrow();
        String cropAfter = after.turns().get(5).imagePaths().get(0);
        assertThat(cropAfter).isNotEqualTo(cropBefore).startsWith("edited-crops/");
        assertThat(io.pixelstudio.trace.testing.PixelDifference.max(fx.load(cropAfter), crop.images().get(0))).isZero();
        assertThat(after.turns().get(4)).isEqualTo(before.turns().get(4));
    }

    @Test
    void framesOutsideTheVideoOrTooManyAreRefusedNamingTheField() {
        EditFixtures fx = new EditFixtures(folder);
        Trace before = fx.videoTrace(frames(fx, 4), "[2]");

        assertThatThrownBy(() -> new SelectFramesEdit(2, List.of(1, 5), fx.renderer).apply(before))
                .isInstanceOf(EditException.class)
                .hasMessage("turn 2, target_frames: frame 5 is outside the video's frames 1 to 4");
        assertThatThrownBy(() -> new SelectFramesEdit(2, List.of(1, 2, 3, 4, 1, 2, 3, 4, 1), fx.renderer).apply(before))
                .isInstanceOf(EditException.class).hasMessageContaining("9 frames selected; the tool takes at most 8");
        assertThatThrownBy(() -> new SelectFramesEdit(2, List.of(), fx.renderer).apply(before))
                .isInstanceOf(EditException.class).hasMessageContaining("turn 2, target_frames: select at least one frame");
    }

    @Test
    void aZoomInCallIsNotASelectFramesCall() {
        EditFixtures fx = new EditFixtures(folder);
        Trace image = fx.imageTrace(fx.image("a.png", 200, 200, 1), EditFixtures.zoom("[0.1, 0.1, 0.5, 0.5]", 1));

        assertThatThrownBy(() -> new SelectFramesEdit(2, List.of(1), fx.renderer).apply(image))
                .isInstanceOf(EditException.class).hasMessageContaining("calls crop_image_normalized, not select_frames");
    }
}
