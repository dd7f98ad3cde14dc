package io.pixelstudio.trace.edit;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.VisualOperation;
import io.pixelstudio.trace.ops.CropExecutor;
import io.pixelstudio.trace.ops.OperationResult;
import io.pixelstudio.trace.ops.PixelBounds;
import io.pixelstudio.trace.ops.ResultTurnTexts;
import io.pixelstudio.trace.ops.TraceReplay;
import io.pixelstudio.trace.testing.PixelDifference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoveZoomBoxTest {

    @TempDir
    Path folder;

    private EditFixtures fx() {
        return new EditFixtures(folder);
    }

    @Test
    void movingTheBoxRewritesTheArgumentsTheCropAndTheObservationTogether() throws Exception {
        EditFixtures fx = fx();
        Trace before = fx.imageTrace(fx.image("images/sign.png", 400, 300, 3), EditFixtures.zoom("[0.1, 0.2, 0.4, 0.5]", 1));
        EditSession session = EditFixtures.session(before);

        session.apply(0, new MoveZoomBox(2, Box.normalized(0.5, 0.25, 0.875, 0.6), fx.renderer));

        Trace after = session.trace(0);
        assertThat(after.turns().get(2).text()).isEqualTo(EditFixtures.zoom("[0.5, 0.25, 0.88, 0.6]", 1));
        Turn observation = after.turns().get(3);
        String path = observation.imagePaths().get(0);
        assertThat(path).startsWith("edited-crops/").endsWith(".png");
        BufferedImage stored = fx.load(path);
        TraceReplay.Replay replay = fx.replay(before);
        CropExecutor.Outcome expected = new CropExecutor(PixelBounds.TRAINING_CROP).execute(replay.initial(),
                new VisualOperation.ZoomIn(1, Box.normalized(0.5, 0.25, 0.88, 0.6)));
        BufferedImage crop = ((OperationResult.Success) expected.result()).images().get(0);
        assertThat(PixelDifference.max(stored, crop)).isZero();
        assertThat(observation.text()).isEqualTo(ResultTurnTexts.crop(crop.getWidth(), crop.getHeight()));
        assertThat(session.isDirty()).isTrue();
    }

    @Test
    void undoRestoresTheTraceExactlyAndRedoReappliesIt() throws Exception {
        EditFixtures fx = fx();
        Trace before = fx.imageTrace(fx.image("images/sign.png", 400, 300, 3), EditFixtures.zoom("[0.1, 0.2, 0.4, 0.5]", 1));
        EditSession session = EditFixtures.session(before);
        session.apply(0, new MoveZoomBox(2, Box.normalized(0.3, 0.3, 0.7, 0.7), fx.renderer));
        Trace edited = session.trace(0);

        session.undo();
        assertThat(session.trace(0)).isEqualTo(before);
        assertThat(session.isDirty()).isFalse();
        session.redo();
        assertThat(session.trace(0)).isEqualTo(edited);
    }

    @Test
    void aCallWrittenInModelInputPixelsStaysInIntegerPixels() throws Exception {
        EditFixtures fx = fx();
        // 400x300 resizes to 392x308 in training
        Trace before = fx.imageTrace(fx.image("images/sign.png", 400, 300, 3),
                EditFixtures.zoom("[40, 60, 160, 150]", 1));

        Trace after = new MoveZoomBox(2, Box.normalized(0.25, 0.5, 0.75, 0.75), fx.renderer).apply(before);

        assertThat(after.turns().get(2).text()).isEqualTo(EditFixtures.zoom("[98, 154, 294, 231]", 1));
        Trace fromPixels = new MoveZoomBox(2, new Box(98, 154, 294, 231, BoxConvention.MODEL_INPUT_PIXELS), fx.renderer)
                .apply(before);
        assertThat(fromPixels).isEqualTo(after);
    }

    @Test
    void aBoxThatRoundsToNothingAtTheCallsPrecisionIsRefused() {
        EditFixtures fx = fx();
        Trace before = fx.imageTrace(fx.image("images/sign.png", 400, 300, 3),
                EditFixtures.zoom("[40, 60, 160, 150]", 1));

        assertThatThrownBy(() -> new MoveZoomBox(2, new Box(10.2, 10, 10.4, 20, BoxConvention.MODEL_INPUT_PIXELS),
                fx.renderer).apply(before))
                .isInstanceOf(EditException.class)
                .hasMessage("turn 2, bbox_2d: the box is narrower than the precision the call is written in ([10, 10, 10, 20])");
    }

    @Test
    void aBoxTouchingTheEdgeIsWrittenBelowOneSoTheReferenceStillReadsItAsNormalized() throws Exception {
        EditFixtures fx = fx();
        Trace before = fx.imageTrace(fx.image("images/sign.png", 400, 300, 3), EditFixtures.zoom("[0.1, 0.2, 0.4, 0.5]", 1));

        Trace after = new MoveZoomBox(2, Box.normalized(0.6, 0.5, 1.0, 1.0), fx.renderer).apply(before);

        assertThat(after.turns().get(2).text()).isEqualTo(EditFixtures.zoom("[0.6, 0.5, 0.99, 0.99]", 1));
    }

    @Test
    void aNestedCropOfTheMovedCropIsReExecutedOnTheNewCrop() throws Exception {
        EditFixtures fx = fx();
        Trace before = fx.imageTrace(fx.image("images/sign.png", 600, 450, 5),
                EditFixtures.zoom("[0.1, 0.1, 0.6, 0.6]", 1), EditFixtures.zoom("[0.2, 0.2, 0.7, 0.7]", 2));
        String nestedBefore = before.turns().get(5).imagePaths().get(0);

        Trace after = new MoveZoomBox(2, Box.normalized(0.4, 0.35, 0.85, 0.8), fx.renderer).apply(before);

        TraceReplay.Replay replay = fx.replay(after);
        BufferedImage expected = ((OperationResult.Success) replay.steps().get(1).result().orElseThrow()).images().get(0);
        String nestedAfter = after.turns().get(5).imagePaths().get(0);
        assertThat(nestedAfter).isNotEqualTo(nestedBefore).startsWith("edited-crops/");
        assertThat(PixelDifference.max(fx.load(nestedAfter), expected)).isZero();
        assertThat(after.turns().get(4)).as("the nested call's text is untouched").isEqualTo(before.turns().get(4));
    }

    @Test
    void aLaterCropOfTheOriginalImageIsLeftAsItWas() throws Exception {
        EditFixtures fx = fx();
        Trace before = fx.imageTrace(fx.image("images/sign.png", 600, 450, 5),
                EditFixtures.zoom("[0.1, 0.1, 0.6, 0.6]", 1), EditFixtures.zoom("[0.2, 0.2, 0.7, 0.7]", 1));

        Trace after = new MoveZoomBox(2, Box.normalized(0.4, 0.35, 0.85, 0.8), fx.renderer).apply(before);

        assertThat(after.turns().get(5)).isEqualTo(before.turns().get(5));
    }

    @Test
    void aBoxTooSmallForTheToolBecomesTheErrorTheModelWouldSee() throws Exception {
        EditFixtures fx = fx();
        // 200x150 resizes to 196x140: a box in the corner pads to about 0.11 of it, under 28 px
        Trace before = fx.imageTrace(fx.image("images/small.png", 200, 150, 3), EditFixtures.zoom("[0.1, 0.2, 0.6, 0.7]", 1));

        Trace after = new MoveZoomBox(2, Box.normalized(0.0, 0.0, 0.01, 0.01), fx.renderer).apply(before);

        Turn observation = after.turns().get(3);
        assertThat(observation.content()).hasSize(1);
        assertThat(ResultTurnTexts.recognise(observation.text())).get()
                .satisfies(o -> assertThat(o.kind()).isEqualTo(ResultTurnTexts.Kind.ERROR))
                .satisfies(o -> assertThat(o.errorMessage()).startsWith("Cropped image is too small"));
    }

    @Test
    void anObservationWordedByAForkIsRewrittenButAFollowUpQuestionIsNot() throws Exception {
        EditFixtures fx = fx();
        Trace before = fx.imageTrace(fx.image("images/sign.png", 400, 300, 3), EditFixtures.zoom("[0.1, 0.2, 0.4, 0.5]", 1));
        List<Turn> turns = new java.util.ArrayList<>(before.turns());
        turns.set(3, new Turn(io.pixelstudio.trace.Role.USER,
                List.of(new Content.Text("Zoomed view:"), new Content.Image("obs-2.png"))));
        Trace fork = before.withTurns(turns);
        turns.set(3, Turn.text(io.pixelstudio.trace.Role.USER, "And what colour is it?"));
        Trace question = before.withTurns(turns);

        Trace forkAfter = new MoveZoomBox(2, Box.normalized(0.3, 0.3, 0.7, 0.7), fx.renderer).apply(fork);
        Trace questionAfter = new MoveZoomBox(2, Box.normalized(0.3, 0.3, 0.7, 0.7), fx.renderer).apply(question);

        assertThat(forkAfter.turns().get(3).text()).startsWith("\nHere is the cropped image (Image Size: ");
        assertThat(forkAfter.turns().get(3).imagePaths()).singleElement().asString().startsWith("edited-crops/");
        assertThat(questionAfter.turns().get(3)).isEqualTo(question.turns().get(3));
    }

    @Test
    void badInputIsRefusedNamingTheTurnAndField() throws Exception {
        EditFixtures fx = fx();
        Trace before = fx.imageTrace(fx.image("images/sign.png", 400, 300, 3), EditFixtures.zoom("[0.1, 0.2, 0.4, 0.5]", 1));

        assertThatThrownBy(() -> new MoveZoomBox(3, Box.normalized(0.1, 0.1, 0.5, 0.5), fx.renderer).apply(before))
                .isInstanceOf(EditException.class).hasMessageContaining("turn 3 is a user turn");
        assertThatThrownBy(() -> new MoveZoomBox(9, Box.normalized(0.1, 0.1, 0.5, 0.5), fx.renderer).apply(before))
                .isInstanceOf(EditException.class).hasMessageContaining("turn 9: no such turn");
        assertThatThrownBy(() -> new MoveZoomBox(2, Box.normalized(0.5, 0.1, 0.2, 0.5), fx.renderer).apply(before))
                .isInstanceOf(EditException.class).hasMessageContaining("turn 2, bbox_2d: the box must have x1 < x2");
        assertThatThrownBy(() -> new MoveZoomBox(2, Box.normalized(0.5, 0.1, 1.4, 0.5), fx.renderer).apply(before))
                .isInstanceOf(EditException.class).hasMessageContaining("turn 2, bbox_2d: x2 lies outside the image");
        assertThatThrownBy(() -> new MoveZoomBox(4, Box.normalized(0.1, 0.1, 0.5, 0.5), fx.renderer).apply(before))
                .isInstanceOf(EditException.class).hasMessageContaining("turn 4, tool call: the turn holds no <tool_call>");
        Files.delete(folder.resolve("images/sign.png"));
        assertThatThrownBy(() -> new MoveZoomBox(2, Box.normalized(0.1, 0.1, 0.5, 0.5), fx.renderer).apply(before))
                .isInstanceOf(EditException.class).hasMessageContaining("cannot load image 'images/sign.png'");
    }

    @Test
    void aSelectFramesCallIsNotAZoomIn() {
        EditFixtures fx = fx();
        List<String> frames = List.of(fx.image("f/1.png", 120, 90, 1), fx.image("f/2.png", 120, 90, 2));
        Trace video = fx.videoTrace(frames, "[1]");

        assertThatThrownBy(() -> new MoveZoomBox(2, Box.normalized(0.1, 0.1, 0.5, 0.5), fx.renderer).apply(video))
                .isInstanceOf(EditException.class)
                .hasMessage("turn 2, content 0, tool call: calls select_frames, not crop_image_normalized");
    }

    @Test
    void theObservationKeepsItsItemExtrasAndTheReasoningTextStays() throws Exception {
        EditFixtures fx = fx();
        Trace before = fx.imageTrace(fx.image("images/sign.png", 400, 300, 3), EditFixtures.zoom("[0.1, 0.2, 0.4, 0.5]", 1));

        Trace after = new MoveZoomBox(2, Box.normalized(0.2, 0.2, 0.6, 0.6), fx.renderer).apply(before);

        assertThat(after.turns().get(2).text()).startsWith("I will look closer.\n<tool_call>\n");
        assertThat(after.turns().get(3).content()).hasSize(2).first().isInstanceOf(Content.Text.class);
        assertThat(after.turns().subList(0, 2)).isEqualTo(before.turns().subList(0, 2));
        assertThat(after.turns().get(4)).isEqualTo(before.turns().get(4));
    }
}
