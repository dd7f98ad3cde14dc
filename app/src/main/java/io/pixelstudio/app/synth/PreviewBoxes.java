package io.pixelstudio.app.synth;

import io.pixelstudio.app.viewer.ZoomBoxOverlay;
import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import io.pixelstudio.trace.ops.CropGeometry;
import io.pixelstudio.trace.synth.SynthesisResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The zoom boxes of a synthesis preview as the viewer draws them: the wrong region first (step 1)
 * when there is one, then the zoom into the evidence, each with the region the tool really cuts.
 */
final class PreviewBoxes {

    private PreviewBoxes() {
    }

    static List<ZoomBoxOverlay.StepBox> steps(SynthesisResult result, int width, int height) {
        List<ZoomBoxOverlay.StepBox> steps = new ArrayList<>();
        result.wrongRegion().ifPresent(w -> steps.add(step(1, w.box(), width, height)));
        result.evidenceZoom().ifPresent(z -> steps.add(step(steps.size() + 1, z, width, height)));
        return steps;
    }

    private static ZoomBoxOverlay.StepBox step(int number, Box normalized, int width, int height) {
        Box cut = CropGeometry.of(normalized, width, height).padded();
        return new ZoomBoxOverlay.StepBox(number, 2 * number, pixels(normalized, width, height), pixels(cut, width, height), false);
    }

    static Box pixels(Box normalized, int width, int height) {
        return new Box(normalized.x1() * width, normalized.y1() * height, normalized.x2() * width,
                normalized.y2() * height, BoxConvention.ORIGINAL_PIXELS);
    }
}
