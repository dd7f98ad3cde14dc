package io.pixelstudio.trace.edit;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.VisualOperation;
import io.pixelstudio.trace.ops.ObservedReplay;
import io.pixelstudio.trace.ops.TraceReplay;

import java.util.Objects;
import java.util.Optional;

/**
 * Moves or resizes the box of a zoom-in call: one gesture that keeps the call, the crop and the
 * observation consistent. It rewrites {@code bbox_2d} in the call's text (its convention and
 * precision, see {@link BboxText}; nothing else of the text changes), re-executes the crop exactly
 * as the replay does under the resize setting that reproduces the trace's stated sizes, stores the
 * new crop through the {@link ObservationRenderer}, and rewrites the observation turn that follows
 * (image path and "Here is the cropped image (Image Size: WxH):", or the error the reference would
 * now report). Later calls that crop this crop (nested crops) are re-executed the same way, as are
 * all later calls when the edit changes how many images precede them.
 */
public final class MoveZoomBox implements TraceEdit {

    private static final String TOOL = "crop_image_normalized";

    private final int turnIndex;
    private final Box newBox;
    private final ObservationRenderer renderer;

    /**
     * @param turnIndex the assistant turn holding the zoom-in call (0-based)
     * @param newBox    the new box, NORMALIZED or MODEL_INPUT_PIXELS of the image the call crops
     * @param renderer  loads the trace's images and stores the new crop
     */
    public MoveZoomBox(int turnIndex, Box newBox, ObservationRenderer renderer) {
        this.turnIndex = turnIndex;
        this.newBox = Objects.requireNonNull(newBox, "newBox");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    @Override
    public Trace apply(Trace before) throws EditException {
        Objects.requireNonNull(before, "before");
        ToolCallTurn call = ToolCallTurn.locate(before, turnIndex, VisualOperation.ZoomIn.class, TOOL);
        VisualOperation.ZoomIn zoom = (VisualOperation.ZoomIn) call.operation;
        OperationRerun rerun = new OperationRerun(renderer);
        ObservedReplay.Result observed = rerun.observe(before);
        Optional<int[]> targetSize = targetSize(observed.replay(), zoom);
        Optional<String> oldArray = ArgumentText.array(call.json, "bbox_2d");
        BboxText.Written written = BboxText.write(turnIndex, newBox, zoom.box().convention(), oldArray, targetSize);
        VisualOperation.ZoomIn moved = new VisualOperation.ZoomIn(zoom.targetImage(), written.box());
        Trace edited = call.withJson(before, ArgumentText.replace(call.json, "bbox_2d", written.arrayText(), moved));
        TraceReplay.Replay after = rerun.replay(edited, observed.settings());
        return rerun.rewriteObservations(edited, observed.replay(), after, turnIndex);
    }

    /** The size of the image the call crops, as the model received it, when the call reaches one. */
    private Optional<int[]> targetSize(TraceReplay.Replay replay, VisualOperation.ZoomIn zoom) throws EditException {
        ImageLayout layout = new ImageLayout(replay.initial());
        OperationRerun.stepAt(replay, turnIndex);
        for (var step : replay.steps()) {
            if (step.turnIndex() == turnIndex) {
                return layout.target(zoom.targetImage())
                        .map(t -> new int[] {t.image().getWidth(), t.image().getHeight()});
            }
            layout.after(step, false);
        }
        return Optional.empty();
    }

    @Override
    public String description() {
        return "Move zoom box in turn " + turnIndex;
    }
}
