package io.pixelstudio.trace.format.project;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Evidence;
import io.pixelstudio.trace.Extras;
import io.pixelstudio.trace.Media;
import io.pixelstudio.trace.Review;
import io.pixelstudio.trace.ReviewStatus;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;

import java.util.List;
import java.util.OptionalDouble;

/** A trace that sets every field the domain has, for round-trip tests. */
final class SampleTraces {

    private SampleTraces() {
    }

    static Trace everyField() {
        ObjectNode traceExtras = JsonNodeFactory.instance.objectNode();
        traceExtras.put("qid", "tally-17");
        traceExtras.putArray("gts").add("4").add("four");
        traceExtras.putObject("nested").put("reward", -0.05).putNull("none");
        ObjectNode turnExtras = JsonNodeFactory.instance.objectNode().put("loss_mask", true);
        ObjectNode itemExtras = JsonNodeFactory.instance.objectNode().put("type", "text");
        Media video = new Media.Video("clips/v1.mp4", List.of("clips/v1/f1.jpg", "clips/v1/f2.jpg"),
                OptionalDouble.of(29.97), 300, List.of(0, 299));
        return new Trace("every-field", "unit-test", "How many? \"quoted\" \\ and ünïcode ✓",
                List.of(new Media.Image("imgs/a.png"), video),
                List.of("4", "four"),
                List.of(new Evidence.Region(1, new Box(0.1, 0.2, 0.3, 0.4, BoxConvention.NORMALIZED)),
                        new Evidence.Region(2, new Box(10, 20, 300.5, 400, BoxConvention.ORIGINAL_PIXELS)),
                        new Evidence.Region(1, new Box(28, 56, 84, 112, BoxConvention.MODEL_INPUT_PIXELS)),
                        new Evidence.FrameRange(2, 5)),
                List.of(Turn.text(Role.SYSTEM, "sys"),
                        new Turn(Role.USER, List.of(new Content.Text("look\n", Extras.of(itemExtras)),
                                new Content.Image("imgs/a.png", Extras.of(JsonNodeFactory.instance.objectNode()
                                        .put("type", "image").put("min_pixels", 3136))),
                                new Content.Video(List.of("clips/v1/f1.jpg", "clips/v1/f2.jpg")))),
                        new Turn(Role.ASSISTANT, List.of(new Content.Text("<tool_call>\n{}\n</tool_call>")),
                                Extras.of(turnExtras))),
                new Review(ReviewStatus.NEEDS_FIX, List.of("tag-a", "tag b"), "note\nline 2"),
                Extras.of(traceExtras));
    }
}
