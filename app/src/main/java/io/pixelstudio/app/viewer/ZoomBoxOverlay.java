package io.pixelstudio.app.viewer;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import io.pixelstudio.trace.ops.OperationResult;
import io.pixelstudio.trace.ops.ReplayStep;
import io.pixelstudio.trace.ops.TraceReplay;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Every zoom-in of a trace drawn on the original image it came from, numbered by step: the region
 * actually cut (solid, after the reference's padding and rounding) and the box the model asked for
 * (thin, dashed). The current step is drawn last, thicker and in the highlight colour; failed calls
 * are grey and dashed, so a reader sees at once where the model looked and which look worked.
 */
public final class ZoomBoxOverlay implements Overlay {

    /** The current step's colour. */
    public static final Color CURRENT = Color.web("#ff3b30");
    /** Other successful steps. */
    public static final Color OTHER = Color.web("#ffcc00");
    /** Failed steps. */
    public static final Color FAILED = Color.web("#8e8e93");
    /** The current step's cut line, in screen pixels. */
    public static final double CURRENT_WIDTH_PX = 3;
    /** Other steps' cut line, in screen pixels. */
    public static final double OTHER_WIDTH_PX = 2;
    private static final double REQUESTED_WIDTH_PX = 1;
    private static final double DASH_PX = 6;

    /**
     * One zoom-in as placed on its original image.
     *
     * @param step              1-based number of the call in the trace (as in the reasoning pane)
     * @param turnIndex         index of the assistant turn holding the call
     * @param originalPixels    the box the model asked for, in original-image pixels
     * @param cutOriginalPixels the region the operation really cut, in original-image pixels
     * @param failed            true when the call did not return an image
     */
    public record StepBox(int step, int turnIndex, Box originalPixels, Box cutOriginalPixels, boolean failed) {
        public StepBox {
            requireOriginal(originalPixels, "originalPixels");
            requireOriginal(cutOriginalPixels, "cutOriginalPixels");
        }

        private static void requireOriginal(Box box, String name) {
            Objects.requireNonNull(box, name);
            if (box.convention() != BoxConvention.ORIGINAL_PIXELS) {
                throw new IllegalArgumentException(name + " must be in ORIGINAL_PIXELS, got " + box.convention());
            }
        }
    }

    private final List<StepBox> boxes;
    private final int currentStep;

    /**
     * @param currentStep the {@link StepBox#step()} to highlight; any other value (e.g. 0) highlights none
     */
    public ZoomBoxOverlay(List<StepBox> boxes, int currentStep) {
        this.boxes = List.copyOf(boxes);
        this.currentStep = currentStep;
    }

    /**
     * The zoom-ins of {@code replay} that reached original file {@code sourceIndex} (0-based, as
     * {@code Replay.inputOrigins()}), numbered by their position among the replay's calls.
     */
    public static List<StepBox> fromReplay(TraceReplay.Replay replay, int sourceIndex) {
        Objects.requireNonNull(replay, "replay");
        List<StepBox> found = new ArrayList<>();
        List<ReplayStep> steps = replay.steps();
        for (int i = 0; i < steps.size(); i++) {
            ReplayStep step = steps.get(i);
            if (step.boxes().isPresent() && step.boxes().get().originalSource() == sourceIndex) {
                ReplayStep.Boxes b = step.boxes().get();
                boolean failed = !(step.result().orElse(null) instanceof OperationResult.Success);
                found.add(new StepBox(i + 1, step.turnIndex(), b.originalPixels(), b.cutOriginalPixels(), failed));
            }
        }
        return List.copyOf(found);
    }

    public List<StepBox> boxes() {
        return boxes;
    }

    public int currentStep() {
        return currentStep;
    }

    @Override
    public void paint(GraphicsContext g, ViewTransform t) {
        List<StepBox> ordered = new ArrayList<>(boxes);
        ordered.sort(Comparator.comparing((StepBox b) -> b.step() == currentStep));
        for (StepBox box : ordered) {
            boolean current = box.step() == currentStep;
            Color colour = box.failed() ? FAILED : current ? CURRENT : OTHER;
            double width = current ? CURRENT_WIDTH_PX : OTHER_WIDTH_PX;
            OverlayStrokes.strokeBox(g, t, box.cutOriginalPixels(), colour, width, box.failed() ? DASH_PX : 0);
            OverlayStrokes.strokeBox(g, t, box.originalPixels(), colour.interpolate(Color.WHITE, 0.5), REQUESTED_WIDTH_PX, DASH_PX);
            Box cut = box.cutOriginalPixels();
            double half = width / 2 / t.scale();
            OverlayStrokes.label(g, t, Math.min(cut.x1(), cut.x2()) - half, Math.min(cut.y1(), cut.y2()) - half,
                    String.valueOf(box.step()), colour, Color.BLACK);
        }
    }
}
