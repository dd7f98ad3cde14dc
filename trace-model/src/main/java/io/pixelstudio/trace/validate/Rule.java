package io.pixelstudio.trace.validate;

import java.util.Objects;

/**
 * Every check the studio runs, with a stable id (used in {@link Finding#rule()}, for filtering on
 * the command line and in tests) and a fixed severity, so a researcher can rely on what a rule
 * means across versions. Severities follow the reference code: what makes the reference fail or
 * train on broken data is an {@link Severity#ERROR}; what it silently tolerates (clamping, index
 * wrap-around) is a {@link Severity#WARNING}.
 */
public enum Rule {
    JSON_MALFORMED("json.malformed", Severity.ERROR, "a record is not valid JSON"),
    RECORD_FORMAT("record.format", Severity.ERROR, "a record does not match the file's format"),
    MEDIA_MISSING("media.missing", Severity.ERROR, "a media file does not exist"),
    MEDIA_PATH_ESCAPES("media.path.escapes", Severity.ERROR,
            "a relative media path leads outside the dataset folder (refused)"),
    MEDIA_UNREADABLE("media.unreadable", Severity.WARNING, "an image header cannot be read"),
    TOOL_CALL_INVALID("toolcall.invalid", Severity.ERROR, "a tool call the reference cannot execute"),
    TOOL_CALL_NO_OBSERVATION("toolcall.no-observation", Severity.ERROR,
            "an assistant tool call is not followed by a user observation turn"),
    ANSWER_MISSING("answer.missing", Severity.ERROR, "the last assistant turn has no \\boxed{} answer"),
    PROMPT_ORDER("prompt.order", Severity.WARNING, "the first user turn is not text first, then the visual"),
    IMAGE_INDEX_OUT_OF_RANGE("image.index.out-of-range", Severity.ERROR,
            "target_image does not name an image shown so far"),
    IMAGE_INDEX_WRAPS("image.index.wraps", Severity.WARNING,
            "target_image <= 0, which the reference silently wraps to an image from the end"),
    BOX_DEGENERATE("box.degenerate", Severity.ERROR, "a box with x2 <= x1 or y2 <= y1 (no area)"),
    BOX_OUT_OF_BOUNDS("box.out-of-bounds", Severity.WARNING,
            "a box outside [0,1] (normalized) or the model-input image (pixels); the reference clamps it"),
    BOX_CONVENTION_SUSPECT("box.convention.suspect", Severity.WARNING,
            "a box probably written in another convention than the reference reads it in"),
    CROP_TOO_SMALL("crop.too-small", Severity.ERROR,
            "the crop the reference would cut is 28 px or less on a side (it fails)"),
    FRAMES_ON_IMAGE("frames.on-image", Severity.ERROR, "select_frames on a trace without a video"),
    FRAMES_TOO_MANY("frames.too-many", Severity.ERROR, "select_frames with more than 8 frames"),
    FRAMES_INDEX_OUT_OF_RANGE("frames.index.out-of-range", Severity.ERROR,
            "a frame index beyond the number of frames"),
    FRAMES_INDEX_WRAPS("frames.index.wraps", Severity.WARNING,
            "a frame index <= 0, which the reference silently wraps to a frame from the end");

    private final String id;
    private final Severity severity;
    private final String description;

    Rule(String id, Severity severity, String description) {
        this.id = id;
        this.severity = severity;
        this.description = description;
    }

    /** The stable id written into findings. */
    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    /** One line for help texts and documentation. */
    public String description() {
        return description;
    }

    /** A finding of this rule. */
    public Finding finding(Location location, String message) {
        return new Finding(severity, id, Objects.requireNonNull(location, "location"), message);
    }
}
