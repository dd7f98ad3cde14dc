package io.pixelstudio.trace.edit.persist;

import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Extras;
import io.pixelstudio.trace.Media;
import io.pixelstudio.trace.Review;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.format.TraceFormat;
import io.pixelstudio.trace.format.pixelreasoner.PixelReasonerSftFormat;
import io.pixelstudio.trace.progress.ProgressListener;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Generated Pixel Reasoner SFT documents for the save and journal tests (and the kill -9 child). */
public final class PersistFixtures {

    public static final TraceFormat SFT = new PixelReasonerSftFormat();

    private PersistFixtures() {
    }

    /** {@code count} SFT-shaped traces, each with a zoom-in call, its observation and an answer. */
    public static List<Trace> traces(int count) {
        List<Trace> traces = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String image = "images/img_" + i + ".jpg";
            List<Turn> turns = List.of(
                    new Turn(Role.SYSTEM, List.of(new Content.Text("You are a helpful assistant."))),
                    new Turn(Role.USER, List.of(new Content.Text("Question " + i + ": what is shown? \u00e9\u2713"),
                            new Content.Image(image))),
                    Turn.text(Role.ASSISTANT, "Let me zoom.\n<tool_call>\n{\"name\": \"crop_image_normalized\", "
                            + "\"arguments\": {\"bbox_2d\": [0.1, 0.2, 0.5, 0.6], \"target_image\": 1}}\n</tool_call>"),
                    new Turn(Role.USER, List.of(new Content.Text("\nHere is the cropped image (Image Size: 280x196):"),
                            new Content.Image("images/img_" + i + "_crop1.jpg"))),
                    Turn.text(Role.ASSISTANT, "It is a sign.\n\\boxed{" + (char) ('A' + i % 4) + "}"));
            traces.add(new Trace("sft-" + i, "doc", "Question " + i, List.of(new Media.Image(image)), List.of("A"),
                    List.of(), turns, Review.none(), Extras.empty()));
        }
        return traces;
    }

    /** Writes {@code count} traces as an SFT document at {@code file} and decodes them back as the studio sees them. */
    public static List<Trace> writeDocument(Path file, int count) throws IOException {
        SFT.write(traces(count), file, file.getParent(), ProgressListener.NONE);
        return SFT.read(file, ProgressListener.NONE).traces();
    }

    /** An edit that sets a trace's review (the verdict edits live with the review screen). */
    public static io.pixelstudio.trace.edit.TraceEdit review(Review review) {
        return new io.pixelstudio.trace.edit.TraceEdit() {
            @Override
            public Trace apply(Trace before) {
                return before.withReview(review);
            }

            @Override
            public String description() {
                return "Set review " + review.status();
            }
        };
    }

    /** The text the i-th test edit writes into trace {@code index}'s answer turn. */
    public static String editedText(int edit) {
        return "Edited answer " + edit + ".\n\\boxed{B}";
    }

    /** Which trace the i-th test edit changes, spread over a document of {@code size} traces. */
    public static int editedTrace(int edit, int size) {
        return (int) ((edit * 7919L) % size);
    }
}
