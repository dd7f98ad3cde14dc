package io.pixelstudio.trace.synth;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import io.pixelstudio.trace.validate.Location;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One annotated example synthesis starts from: the media, where the answer is (an evidence box on
 * an image, or evidence frames of a video), the question and its answer. Why a type of its own:
 * annotations come from a JSONL file, from the app's dialog and from tests, and all three must
 * describe the same thing before any trace is built.
 *
 * @param id             trace id stem (the file stem and line number when the JSONL gives none)
 * @param location       where the item was read (file and line), for findings
 * @param media          the image or video
 * @param evidenceBox    for an image: the evidence, in {@link BoxConvention#NORMALIZED} or
 *                       {@link BoxConvention#ORIGINAL_PIXELS} (as the annotation gave it)
 * @param evidenceFrames for a video: the 1-based numbers of the frames (among the sampled ones)
 *                       that show the evidence, ascending, without duplicates
 * @param question       the question as the user asks it
 * @param answer         the ground-truth answer, written into {@code \boxed{}}
 * @param choices        multiple-choice options, appended to the question as {@code (A) ...} lines; may be empty
 */
public record AnnotatedItem(String id, Location location, AnnotatedMedia media, Optional<Box> evidenceBox,
                            List<Integer> evidenceFrames, String question, String answer, List<String> choices) {

    public AnnotatedItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(media, "media");
        Objects.requireNonNull(evidenceBox, "evidenceBox");
        evidenceFrames = List.copyOf(evidenceFrames);
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        choices = List.copyOf(choices);
        if (id.isBlank() || question.isBlank() || answer.isBlank()) {
            throw new IllegalArgumentException("id, question and answer must not be blank");
        }
        if (media.video()) {
            if (evidenceBox.isPresent() || evidenceFrames.isEmpty()) {
                throw new IllegalArgumentException("a video item has evidence frames and no evidence box");
            }
            if (evidenceFrames.get(0) < 1 || !strictlyAscending(evidenceFrames)) {
                throw new IllegalArgumentException("evidence frames must be ascending 1-based numbers: " + evidenceFrames);
            }
        } else {
            if (evidenceBox.isEmpty() || !evidenceFrames.isEmpty()) {
                throw new IllegalArgumentException("an image item has an evidence box and no evidence frames");
            }
            BoxConvention convention = evidenceBox.get().convention();
            if (convention != BoxConvention.NORMALIZED && convention != BoxConvention.ORIGINAL_PIXELS) {
                throw new IllegalArgumentException("the evidence box is NORMALIZED or ORIGINAL_PIXELS, not " + convention);
            }
        }
    }

    /** An image item. */
    public static AnnotatedItem image(String id, Location location, AnnotatedMedia.Image image, Box evidence,
                                      String question, String answer, List<String> choices) {
        return new AnnotatedItem(id, location, image, Optional.of(evidence), List.of(), question, answer, choices);
    }

    /** A video item. */
    public static AnnotatedItem video(String id, Location location, AnnotatedMedia video, List<Integer> evidenceFrames,
                                      String question, String answer, List<String> choices) {
        return new AnnotatedItem(id, location, video, Optional.empty(), evidenceFrames, question, answer, choices);
    }

    /** The question as the trace asks it: with the choices as {@code (A) ...} lines when there are some. */
    public String promptQuestion() {
        StringBuilder sb = new StringBuilder(question);
        for (int i = 0; i < choices.size(); i++) {
            sb.append('\n').append('(').append((char) ('A' + i)).append(") ").append(choices.get(i));
        }
        return sb.toString();
    }

    private static boolean strictlyAscending(List<Integer> values) {
        for (int i = 1; i < values.size(); i++) {
            if (values.get(i) <= values.get(i - 1)) {
                return false;
            }
        }
        return true;
    }
}
