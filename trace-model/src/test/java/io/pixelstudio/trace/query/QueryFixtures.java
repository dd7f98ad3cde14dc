package io.pixelstudio.trace.query;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Evidence;
import io.pixelstudio.trace.Extras;
import io.pixelstudio.trace.Media;
import io.pixelstudio.trace.Review;
import io.pixelstudio.trace.ReviewStatus;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;

import java.util.ArrayList;
import java.util.List;

/** Small hand-made traces for query tests: each field a query reads is set on purpose. */
final class QueryFixtures {

    private QueryFixtures() {
    }

    static String zoomCall(double x1, double y1, double x2, double y2) {
        return "Let me look closer.\n<tool_call>\n{\"name\": \"crop_image_normalized\", \"arguments\": {\"bbox_2d\": ["
                + x1 + ", " + y1 + ", " + x2 + ", " + y2 + "], \"target_image\": 1}}\n</tool_call>";
    }

    static String framesCall(int... frames) {
        StringBuilder list = new StringBuilder();
        for (int f : frames) {
            list.append(list.length() == 0 ? "" : ", ").append(f);
        }
        return "<tool_call>\n{\"name\": \"select_frames\", \"arguments\": {\"target_frames\": [" + list + "]}}\n</tool_call>";
    }

    /** An image trace whose assistant turns are {@code calls} (each followed by an observation), then an answer. */
    static Trace imageTrace(String id, String source, Review review, List<Evidence> evidence, String... calls) {
        List<Turn> turns = new ArrayList<>();
        turns.add(Turn.text(Role.SYSTEM, "You are a helpful assistant."));
        turns.add(new Turn(Role.USER, List.of(new Content.Text("What is written on the sign?", Extras.empty()),
                new Content.Image("media/street.jpg", Extras.empty()))));
        for (String call : calls) {
            turns.add(Turn.text(Role.ASSISTANT, call));
            turns.add(new Turn(Role.USER, List.of(new Content.Text("\nHere is the cropped image:", Extras.empty()),
                    new Content.Image("media/crop.jpg", Extras.empty()))));
        }
        turns.add(Turn.text(Role.ASSISTANT, "It says OPEN.\n\\boxed{OPEN}"));
        return new Trace(id, source, "What is written on the sign of " + id + "?",
                List.of(new Media.Image("media/street.jpg")), List.of("OPEN"), evidence, turns, review, Extras.empty());
    }

    static Review review(ReviewStatus status, String note, String... tags) {
        return new Review(status, List.of(tags), note);
    }

    static Evidence region() {
        return new Evidence.Region(1, Box.normalized(0.1, 0.1, 0.2, 0.2));
    }
}
