package io.pixelstudio.trace.edit;

import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.VisualOperation;
import io.pixelstudio.trace.ops.ObservedReplay;
import io.pixelstudio.trace.ops.PythonText;
import io.pixelstudio.trace.ops.SelectFramesRules;
import io.pixelstudio.trace.ops.TraceReplay;

import java.util.List;
import java.util.Objects;

/**
 * Changes which frames a {@code select_frames} call picks (clicking frames on the strip): rewrites
 * {@code target_frames} in the call's text, re-executes the call as the replay does and rewrites the
 * observation that follows — "Here are the selected frames (Frame Size: WxH, Numbered a to b):"
 * and one image item per frame, naming the video's own frame files as the reference data does.
 * Later calls are re-executed when the number of images before them changed or they crop one of
 * the re-selected frames.
 */
public final class SelectFramesEdit implements TraceEdit {

    private static final String TOOL = "select_frames";

    private final int turnIndex;
    private final List<Integer> frames;
    private final ObservationRenderer renderer;

    /**
     * @param turnIndex     the assistant turn holding the select_frames call (0-based)
     * @param frames1Based  the frames to pick, 1-based as the model writes them, in order
     * @param renderer      loads the video's frames for the re-execution
     */
    public SelectFramesEdit(int turnIndex, List<Integer> frames1Based, ObservationRenderer renderer) {
        this.turnIndex = turnIndex;
        this.frames = List.copyOf(frames1Based);
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    @Override
    public Trace apply(Trace before) throws EditException {
        Objects.requireNonNull(before, "before");
        ToolCallTurn call = ToolCallTurn.locate(before, turnIndex, VisualOperation.SelectFrames.class, TOOL);
        int frameCount = TraceReplay.videoFramePaths(before).size();
        String where = "turn " + turnIndex + ", target_frames";
        if (frameCount == 0) {
            throw new EditException(where + ": the question has no video to select frames from");
        }
        if (frames.isEmpty()) {
            throw new EditException(where + ": select at least one frame");
        }
        if (frames.size() > SelectFramesRules.MAX_FRAMES) {
            throw new EditException(where + ": " + frames.size() + " frames selected; the tool takes at most "
                    + SelectFramesRules.MAX_FRAMES);
        }
        for (int frame : frames) {
            if (frame < 1 || frame > frameCount) {
                throw new EditException(where + ": frame " + frame + " is outside the video's frames 1 to " + frameCount);
            }
        }
        OperationRerun rerun = new OperationRerun(renderer);
        ObservedReplay.Result observed = rerun.observe(before);
        VisualOperation.SelectFrames selected = new VisualOperation.SelectFrames(frames);
        String array = PythonText.intListRepr(frames)
                .replace(", ", ArgumentText.separator(ArgumentText.array(call.json, "target_frames")));
        Trace edited = call.withJson(before, ArgumentText.replace(call.json, "target_frames", array, selected));
        TraceReplay.Replay after = rerun.replay(edited, observed.settings());
        return rerun.rewriteObservations(edited, observed.replay(), after, turnIndex);
    }

    @Override
    public String description() {
        return "Select frames " + frames + " in turn " + turnIndex;
    }
}
