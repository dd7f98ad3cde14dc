package io.pixelstudio.trace.synth;

import java.util.List;
import java.util.Set;

/**
 * The pieces of reasoning text a synthesized trace is made of, each an editable template file
 * {@code <fileName>.txt} with the placeholders it may use. Why per-part placeholder sets: a
 * placeholder a part cannot know (the wrong box in a single-pass zoom) is a mistake in the
 * template, reported when the templates are loaded rather than as a broken trace later.
 */
public enum TemplatePart {
    /** Looking at the whole image before zooming. */
    OVERVIEW("overview", "question", "region"),
    /** Deciding to zoom into the evidence (the call follows). */
    ZOOM("zoom", "question", "region", "box"),
    /** Deciding to zoom into the wrong region first (self-correction; the call follows). */
    ZOOM_WRONG("zoom_wrong", "question", "wrong_region", "wrong_box"),
    /** Noticing the crop lacks the evidence and zooming correctly (the call follows). */
    MISSING_ZOOM("missing_zoom", "question", "wrong_region", "wrong_box", "region", "box"),
    /** Reading the crop that shows the evidence. */
    READ_CROP("read_crop", "question", "region", "answer"),
    /** Looking at the whole video before selecting frames. */
    VIDEO_OVERVIEW("video_overview", "question", "frame_count"),
    /** Deciding to select the frames around the evidence (the call follows). */
    SELECT("select", "question", "frames", "evidence_frames"),
    /** Deciding to select frames that do not show the evidence first (the call follows). */
    SELECT_WRONG("select_wrong", "question", "wrong_frames"),
    /** Noticing the frames lack the evidence and selecting the right ones (the call follows). */
    MISSING_FRAMES("missing_frames", "question", "wrong_frames", "frames", "evidence_frames"),
    /** Reading the selected frames that show the evidence. */
    READ_FRAMES("read_frames", "question", "frames", "evidence_frames", "answer"),
    /** The closing sentence; must contain {@code \boxed{{answer}}}. */
    ANSWER("answer", "question", "answer");

    /** Placeholders every part may use: literal braces. */
    public static final List<String> ALWAYS = List.of("lbrace", "rbrace");

    private final String fileName;
    private final Set<String> placeholders;

    TemplatePart(String fileName, String... placeholders) {
        this.fileName = fileName;
        this.placeholders = Set.of(placeholders);
    }

    /** The template file name without {@code .txt}. */
    public String fileName() {
        return fileName;
    }

    /** The placeholders this part may use (besides {@link #ALWAYS}). */
    public Set<String> placeholders() {
        return placeholders;
    }
}
