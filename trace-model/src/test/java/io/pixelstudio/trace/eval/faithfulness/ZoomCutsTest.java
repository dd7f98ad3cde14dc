package io.pixelstudio.trace.eval.faithfulness;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Extras;
import io.pixelstudio.trace.Media;
import io.pixelstudio.trace.Review;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.ops.ReplaySettings;
import io.pixelstudio.trace.ops.TraceReplay;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ZoomCutsTest {

    static String zoom(String box, int target) {
        return "Let me look closer.\n<tool_call>\n{\"name\": \"crop_image_normalized\", \"arguments\": {\"bbox_2d\": "
                + box + ", \"target_image\": " + target + "}}\n</tool_call>";
    }

    static final String CROPPED = "\nHere is the cropped image (Image Size: 336x336):";

    static Trace trace(List<Media> media, List<Turn> turns) {
        return new Trace("q1", "vstar", "q", media, List.of("A"), List.of(), turns, Review.none(), Extras.empty());
    }

    static List<Turn> turns(String... assistantThenReply) {
        List<Turn> turns = new ArrayList<>();
        turns.add(new Turn(Role.USER, List.of(new Content.Image("a.png"), new Content.Text("q"))));
        for (int i = 0; i < assistantThenReply.length; i++) {
            turns.add(Turn.text(i % 2 == 0 ? Role.ASSISTANT : Role.USER, assistantThenReply[i]));
        }
        return turns;
    }

    private static void assertBox(Box box, double x1, double y1, double x2, double y2) {
        assertThat(new double[] {box.x1(), box.y1(), box.x2(), box.y2()})
                .containsExactly(new double[] {x1, y1, x2, y2}, within(1e-12));
    }

    @Test
    void aRequestedBoxIsPaddedByATenthAndClamped() {
        ZoomCuts cuts = ZoomCuts.requested(trace(List.of(new Media.Image("a.png")),
                turns(zoom("[0.1, 0.2, 0.3, 0.4]", 1), CROPPED, "\\boxed{A}")));

        assertThat(cuts.cuts()).singleElement().satisfies(c -> {
            assertThat(c.source()).isEqualTo(1);
            assertBox(c.cut(), 0, 0.1, 0.4, 0.5);
        });
        assertThat(cuts.unplaced()).isZero();
    }

    @Test
    void aCropOfACropIsPlacedOnTheOriginal() {
        // first cut [0.1,0.1,0.7,0.7]; second, on image 2, [0.3,0.3,0.7,0.7] of it = 0.1 + 0.6*[0.3, 0.7]
        ZoomCuts cuts = ZoomCuts.requested(trace(List.of(new Media.Image("a.png")),
                turns(zoom("[0.2, 0.2, 0.6, 0.6]", 1), CROPPED, zoom("[0.4, 0.4, 0.6, 0.6]", 2), CROPPED, "done")));

        assertThat(cuts.cuts()).hasSize(2);
        assertBox(cuts.cuts().get(1).cut(), 0.28, 0.28, 0.52, 0.52);
    }

    @Test
    void failedZoomsAddNoCutAndPixelBoxesCannotBePlacedWithoutTheImage() {
        ZoomCuts cuts = ZoomCuts.requested(trace(List.of(new Media.Image("a.png")),
                turns(zoom("[0.5, 0.5, 0.52, 0.51]", 1), "\nExecution error:\nCropped image is too small: 20x12\n",
                        zoom("[100, 100, 300, 300]", 1), CROPPED, zoom("[0.1, 0.1, 0.2, 0.2]", 2), CROPPED, "done")));

        assertThat(cuts.cuts()).isEmpty();
        assertThat(cuts.unplaced()).isEqualTo(2);
    }

    @Test
    void selectedFramesAreCollectedFromCallsThatReturnedFrames() {
        String select = "<tool_call>\n{\"name\": \"select_frames\", \"arguments\": {\"target_frames\": [3, 2, 3]}}\n</tool_call>";
        Trace video = trace(List.of(Media.Video.ofFrames(List.of("f1.jpg", "f2.jpg", "f3.jpg", "f4.jpg"))),
                turns(select, "\nHere are the selected frames (Frame Size: 28x28, Numbered 2 to 4):", "done"));

        assertThat(ZoomCuts.requested(video).selectedFrames()).containsExactly(2, 3);
    }

    @Test
    void aReplayGivesTheCutAfterPixelRounding() {
        // 100x60 -> 112x56 (training bounds); padded [0.1,0.2,0.8,1.0] -> columns 11..90, rows 11..56
        Trace trace = trace(List.of(new Media.Image("a.png")),
                turns(zoom("[0.2, 0.3, 0.7, 0.9]", 1), CROPPED, "done"));
        BufferedImage image = new BufferedImage(100, 60, BufferedImage.TYPE_INT_RGB);

        ZoomCuts cuts = ZoomCuts.replayed(new TraceReplay(ReplaySettings.TRAINING, p -> image).replay(trace));

        assertThat(cuts.cuts()).singleElement().satisfies(c -> assertBox(c.cut(), 11.0 / 112, 11.0 / 56, 90.0 / 112, 1.0));
        assertThat(cuts.originalSizes()).singleElement().satisfies(s -> assertThat(s.width()).isEqualTo(100));
    }
}
