package io.pixelstudio.trace.validate;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.VisualOperation;
import io.pixelstudio.trace.media.ImageSize;
import io.pixelstudio.trace.ops.ToolCall;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Replays a conversation the way the reference environment executes it — the image list grows
 * with every user turn's visuals — and checks each tool call against what the reference would do:
 * unparseable calls, missing observations, image and frame indices, and boxes.
 */
final class OperationRules {

    private static final int MAX_FRAMES = 8;

    private final ToolCallReader reader;
    private final Optional<ModelInputSizer> sizer;
    private final MediaCheck media;
    private final List<Finding> out;
    private final List<Visual> visuals = new ArrayList<>();

    OperationRules(ToolCallReader reader, Optional<ModelInputSizer> sizer, MediaCheck media, List<Finding> out) {
        this.reader = reader;
        this.sizer = sizer;
        this.media = media;
        this.out = out;
    }

    void check(Trace trace, Location at) {
        List<Turn> turns = trace.turns();
        for (int t = 0; t < turns.size(); t++) {
            Turn turn = turns.get(t);
            if (turn.role() != Role.ASSISTANT) {
                addVisuals(turn);
                continue;
            }
            Optional<ToolCall> call = reader.read(turn.text());
            if (call.isEmpty()) {
                continue;
            }
            Location where = at.atTurn(t).atField("message_list[" + t + "].content[" + callItem(turn) + "].text");
            if (t + 1 >= turns.size() || turns.get(t + 1).role() != Role.USER) {
                out.add(Rule.TOOL_CALL_NO_OBSERVATION.finding(where, "the tool call is not followed by a user turn"
                        + " with its result (" + (t + 1 >= turns.size() ? "it ends the trace" : "next is "
                        + turns.get(t + 1).role().wireName()) + ")"));
            }
            if (call.get() instanceof ToolCall.Invalid invalid) {
                out.add(Rule.TOOL_CALL_INVALID.finding(where, invalid.message()));
            } else if (call.get() instanceof ToolCall.Valid valid) {
                if (valid.operation() instanceof VisualOperation.ZoomIn zoom) {
                    checkZoom(zoom, where);
                } else if (valid.operation() instanceof VisualOperation.SelectFrames select) {
                    checkFrames(select.frames(), where);
                }
            }
        }
    }

    private void addVisuals(Turn turn) {
        for (Content item : turn.content()) {
            if (item instanceof Content.Image image) {
                visuals.add(Visual.image(image.path()));
            } else if (item instanceof Content.Video video) {
                visuals.add(Visual.video(video.framePaths()));
            }
        }
    }

    private static int callItem(Turn turn) {
        List<Content> content = turn.content();
        for (int i = content.size() - 1; i >= 0; i--) {
            if (content.get(i) instanceof Content.Text text && text.text().contains("<tool_call>")) {
                return i;
            }
        }
        return 0;
    }

    private void checkZoom(VisualOperation.ZoomIn zoom, Location where) {
        Box box = zoom.box();
        String shown = "[" + num(box.x1()) + ", " + num(box.y1()) + ", " + num(box.x2()) + ", " + num(box.y2()) + "]";
        boolean degenerate = box.x2() <= box.x1() || box.y2() <= box.y1();
        if (degenerate) {
            out.add(Rule.BOX_DEGENERATE.finding(where, "bbox_2d " + shown + " has no area (x2 <= x1 or y2 <= y1)"));
        }
        boolean unitRange = inUnit(box.x1()) && inUnit(box.y1()) && inUnit(box.x2()) && inUnit(box.y2());
        if (box.convention() != BoxConvention.NORMALIZED && unitRange) {
            out.add(Rule.BOX_CONVENTION_SUSPECT.finding(where, "bbox_2d " + shown + " looks normalized, but a value"
                    + " of exactly 1 makes the reference read all four values as pixels (a box of about 1x1 px)"));
        }
        if (box.convention() == BoxConvention.NORMALIZED && (box.x1() < 0 || box.y1() < 0 || box.x2() < 0 || box.y2() < 0)) {
            out.add(Rule.BOX_OUT_OF_BOUNDS.finding(where, "normalized bbox_2d " + shown
                    + " has values below 0; the reference clamps them to [0,1]"));
        }
        Optional<String> target = targetImage(zoom.targetImage(), where);
        if (target.isEmpty() || sizer.isEmpty()) {
            return;
        }
        Optional<ImageSize> file = media.size(target.get(), where);
        if (file.isEmpty()) {
            return;
        }
        ImageSize input = sizer.get().modelInputSize(file.get());
        if (box.convention() != BoxConvention.NORMALIZED && (Math.min(Math.min(box.x1(), box.y1()), Math.min(box.x2(), box.y2())) < 0
                || Math.max(box.x1(), box.x2()) > input.width() || Math.max(box.y1(), box.y2()) > input.height())) {
            out.add(Rule.BOX_OUT_OF_BOUNDS.finding(where, "pixel bbox_2d " + shown + " lies outside the "
                    + input.width() + "x" + input.height() + " model input of image " + zoom.targetImage()
                    + "; the reference clamps it"));
        }
        ReferenceCrop.CropSize crop = ReferenceCrop.size(box, input);
        if (!degenerate && crop.tooSmall()) {
            out.add(Rule.CROP_TOO_SMALL.finding(where, "the reference would cut a " + crop.width() + "x" + crop.height()
                    + " crop (after 0.1 padding and clamping, on the " + input.width() + "x" + input.height()
                    + " model input) and fail: Cropped image is too small: " + crop.width() + "x" + crop.height()));
        }
    }

    /** The image path {@code target} (1-based) picks as the reference would, or empty after a finding. */
    private Optional<String> targetImage(int target, Location where) {
        int n = visuals.size();
        if (n == 0) {
            out.add(Rule.IMAGE_INDEX_OUT_OF_RANGE.finding(where, "target_image=" + target + " but no image was shown yet"));
            return Optional.empty();
        }
        if (visuals.get(0).isVideo() && n == 1) {
            return pick(visuals.get(0).frames(), target, "a frame of the video", where);
        }
        if (visuals.get(0).isVideo() && target < 2) {
            out.add(Rule.IMAGE_INDEX_OUT_OF_RANGE.finding(where, "target_image=" + target + ": after frames were"
                    + " added the reference only accepts an image within [2," + n + "]"));
            return Optional.empty();
        }
        List<String> paths = visuals.stream().map(v -> v.isVideo() ? null : v.imagePath()).toList();
        return pick(paths, target, "an image", where);
    }

    private Optional<String> pick(List<String> images, int target, String what, Location where) {
        int n = images.size();
        if (target > n || target - 1 < -n) {
            out.add(Rule.IMAGE_INDEX_OUT_OF_RANGE.finding(where, "target_image=" + target + " is out of range: the"
                    + " reference can only pick " + what + " within [1," + n + "]"));
            return Optional.empty();
        }
        if (target <= 0) {
            int wrapped = n + target;
            out.add(Rule.IMAGE_INDEX_WRAPS.finding(where, "target_image=" + target + " is not 1-based; the reference"
                    + " silently uses image " + wrapped + " of " + n + " (Python negative indexing)"));
            return Optional.ofNullable(images.get(wrapped - 1));
        }
        return Optional.ofNullable(images.get(target - 1));
    }

    private void checkFrames(List<Integer> frames, Location where) {
        if (visuals.isEmpty() || !visuals.get(0).isVideo()) {
            out.add(Rule.FRAMES_ON_IMAGE.finding(where, "select_frames on a trace whose first visual is not a video;"
                    + " use crop_image_normalized for images"));
            return;
        }
        int n = visuals.get(0).frames().size();
        if (frames.size() > MAX_FRAMES) {
            out.add(Rule.FRAMES_TOO_MANY.finding(where, "You have selected " + frames.size()
                    + " frames in total; the reference refuses more than " + MAX_FRAMES));
        }
        if (frames.isEmpty()) {
            out.add(Rule.FRAMES_INDEX_OUT_OF_RANGE.finding(where, "target_frames is empty; the reference fails on it"));
            return;
        }
        List<Integer> outside = frames.stream().filter(f -> f > n || f - 1 < -n).toList();
        if (!outside.isEmpty()) {
            out.add(Rule.FRAMES_INDEX_OUT_OF_RANGE.finding(where, "frames " + outside + " are outside the " + n
                    + " frames numbered [1," + n + "] of the video"));
        }
        List<Integer> wrapping = frames.stream().filter(f -> f <= 0 && f - 1 >= -n).toList();
        if (!wrapping.isEmpty()) {
            out.add(Rule.FRAMES_INDEX_WRAPS.finding(where, "frame indices " + wrapping + " are not 1-based; the"
                    + " reference silently takes frames " + wrapping.stream().map(f -> n + f).toList() + " instead"));
        }
    }

    private static boolean inUnit(double v) {
        return v >= 0 && v <= 1;
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
