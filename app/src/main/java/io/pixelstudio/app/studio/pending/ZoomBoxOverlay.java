package io.pixelstudio.app.studio.pending;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.ops.TraceReplay;

import java.util.List;

/** Temporary stand-in for viewer.ZoomBoxOverlay. */
public final class ZoomBoxOverlay implements Overlay {
    public record StepBox(int step, int turnIndex, Box originalPixels, Box cutOriginalPixels, boolean failed) { }
    public ZoomBoxOverlay(List<StepBox> boxes, int currentStep) { }
    public static List<StepBox> fromReplay(TraceReplay.Replay replay, int sourceIndex) { return List.of(); }
    @Override public void paint(javafx.scene.canvas.GraphicsContext g, ViewTransform t) { }
}
