package io.pixelstudio.trace.ops;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Extras;
import io.pixelstudio.trace.Review;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TraceReplayTest {

    private static String call(String json) {
        return "Let me look.\n<tool_call>\n" + json + "\n</tool_call>";
    }

    private static Trace trace(List<Turn> turns) {
        return new Trace("t1", "test", "q", List.of(), List.of(), List.of(), turns, Review.none(), Extras.empty());
    }

    @Test
    void replaysEachCallAgainstTheImagesSoFar() {
        List<Turn> turns = new ArrayList<>();
        turns.add(Turn.text(Role.SYSTEM, "You are a helpful assistant."));
        turns.add(new Turn(Role.USER, List.of(new Content.Text("What is it?"), new Content.Image("a.png"))));
        turns.add(Turn.text(Role.ASSISTANT, call("{\"name\": \"crop_image_normalized\", \"arguments\": {\"bbox_2d\": [0.2, 0.3, 0.7, 0.9], \"target_image\": 1}}")));
        turns.add(Turn.text(Role.USER, ResultTurnTexts.crop(84, 56)));
        turns.add(Turn.text(Role.ASSISTANT, call("{\"name\": \"crop_image_normalized\", \"arguments\": {\"bbox_2d\": [0, 0, 1, 1], \"target_image\": 2}}")));
        turns.add(Turn.text(Role.ASSISTANT, call("{\"name\": \"crop_image_normalized\", \"arguments\": {\"bbox_2d\": [0.1, 0.1, 0.2, 0.2], \"target_image\": 3}}")));
        turns.add(Turn.text(Role.ASSISTANT, call("{\"name\": \"select_frames\", \"arguments\": {}}")));
        turns.add(Turn.text(Role.ASSISTANT, call("{\"name\": \"select_frames\", \"arguments\": {\"target_frames\": [1]}}")));
        turns.add(Turn.text(Role.ASSISTANT, "<tool_call>{\"name\": \"select_frames\"}</tool_call> and then text"));
        Map<String, BufferedImage> files = Map.of("a.png", TestImages.pattern(100, 60, 7));
        List<String> loaded = new ArrayList<>();
        TraceReplay.Replay replay = new TraceReplay(ReplaySettings.TRAINING, p -> {
            loaded.add(p);
            return files.get(p);
        }).replay(trace(turns));

        assertThat(loaded).containsExactly("a.png");
        // 100x60 -> smart_resize [3136, 1568000]: 60/28=2.14 -> 56, 100/28=3.57 -> 112
        assertThat(replay.initial().images().get(0).getWidth()).isEqualTo(112);
        assertThat(replay.steps()).extracting(ReplayStep::turnIndex).containsExactly(2, 4, 5, 6, 7, 8);

        ReplayStep first = replay.steps().get(0);
        // on 112x56: padded [0.1,0.2,0.8,1.0] -> x 11..90, y 11..56 = 79x45 -> 84x56
        assertThat(first.result().orElseThrow().observationText()).isEqualTo(ResultTurnTexts.crop(84, 56));
        assertThat(first.sourceImage()).contains(1);
        ReplayStep.Boxes boxes = first.boxes().orElseThrow();
        assertThat(boxes.modelInputPixels().x1()).isCloseTo(22.4, within(1e-9));
        assertThat(boxes.originalPixels()).satisfies(b -> {
            assertThat(b.convention()).isEqualTo(BoxConvention.ORIGINAL_PIXELS);
            assertThat(b.x1()).isCloseTo(20, within(1e-9));
            assertThat(b.y1()).isCloseTo(18, within(1e-9));
            assertThat(b.x2()).isCloseTo(70, within(1e-9));
            assertThat(b.y2()).isCloseTo(54, within(1e-9));
        });
        assertThat(boxes.cutOriginalPixels().x1()).isCloseTo(11 / 112.0 * 100, within(1e-9));

        ReplayStep second = replay.steps().get(1);
        // [0,0,1,1] is pixels of the 84x56 crop: 1/84+0.1 -> 9.4 -> 9; 1/56+0.1 -> 6.6 -> 7
        assertThat(second.result()).contains(new OperationResult.Failure("Cropped image is too small: 9x7"));
        assertThat(second.boxes().orElseThrow().originalPixels().x2())
                .isCloseTo(boxes.cutOriginalPixels().x1() + (1 / 84.0) * boxes.cutOriginalPixels().width(), within(1e-9));

        assertThat(replay.steps().get(2).result().orElseThrow()).isEqualTo(new OperationResult.Failure(
                "Execution Error: Incorrect `target_image` argument in `crop_image_normalized` operation."
                        + " You can only pick an image within [1,2]"));
        // select_frames on an image: the not-video check comes before reading the arguments
        assertThat(replay.steps().get(3).result().orElseThrow().observationText())
                .contains("from **image** not **video**");
        // failed calls count too: the fifth call is past the reference's limit of four
        assertThat(replay.steps().get(4).executed()).isFalse();
        assertThat(replay.steps().get(4).note()).contains("4 calls");
        ReplayStep notRun = replay.steps().get(5);
        assertThat(notRun.executed()).isFalse();
        assertThat(notRun.note()).contains("does not end with");
        assertThat(notRun.result()).isEmpty();
    }

    @Test
    void stopsExecutingAfterFourCalls() {
        List<Turn> turns = new ArrayList<>();
        turns.add(new Turn(Role.USER, List.of(new Content.Text("q"), new Content.Image("a.png"))));
        for (int i = 0; i < 5; i++) {
            turns.add(Turn.text(Role.ASSISTANT, call("{\"name\": \"select_frames\", \"arguments\": {\"target_frames\": [1]}}")));
        }
        TraceReplay.Replay replay = new TraceReplay(ReplaySettings.EVAL, p -> TestImages.pattern(60, 60, 1)).replay(trace(turns));
        assertThat(replay.steps()).extracting(ReplayStep::executed).containsExactly(true, true, true, true, false);
    }

    @Test
    void videoFramesArePaddedToAnEvenCountAndSelectedFramesCanBeCropped() {
        List<String> paths = List.of("f1.png", "f2.png", "f3.png");
        List<Turn> turns = new ArrayList<>();
        turns.add(new Turn(Role.USER, List.of(new Content.Text("q"), new Content.Video(paths))));
        turns.add(Turn.text(Role.ASSISTANT, call("{\"name\": \"select_frames\", \"arguments\": {\"target_frames\": [4, 2]}}")));
        turns.add(Turn.text(Role.ASSISTANT, call("{\"name\": \"crop_image_normalized\", \"arguments\": {\"bbox_2d\": [0.0, 0.0, 0.5, 0.5], \"target_image\": 2}}")));
        TraceReplay.Replay replay = new TraceReplay(ReplaySettings.EVAL,
                p -> TestImages.pattern(200, 100, p.charAt(1))).replay(trace(turns));
        assertThat(replay.initial().videoFrames()).hasSize(4);
        assertThat(replay.steps().get(0).result().orElseThrow().observationText())
                .isEqualTo(ResultTurnTexts.frames(196, 112, 1, 2));
        ReplayStep crop = replay.steps().get(1);
        assertThat(crop.result().orElseThrow()).isInstanceOf(OperationResult.Success.class);
        // target_image 2 is the first selected frame: frame 4, the repeated copy of the third file
        assertThat(crop.boxes().orElseThrow().originalSource()).isEqualTo(3);
        assertThat(crop.boxes().orElseThrow().originalPixels())
                .isEqualTo(new Box(0, 0, 100, 50, BoxConvention.ORIGINAL_PIXELS));
    }
}
