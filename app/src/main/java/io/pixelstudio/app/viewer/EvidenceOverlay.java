package io.pixelstudio.app.viewer;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

import java.util.List;
import java.util.Objects;

/**
 * The trace's annotated evidence regions (where the answer really is), dashed green so they read
 * apart from the model's zoom boxes: a reviewer compares where the model looked with where it
 * should have looked.
 */
public final class EvidenceOverlay implements Overlay {

    /** The evidence colour. */
    public static final Color COLOUR = Color.web("#34c759");
    private static final double WIDTH_PX = 2;
    private static final double DASH_PX = 8;

    private final List<Box> boxes;

    /** @param originalPixelBoxes evidence boxes in original-image pixels */
    public EvidenceOverlay(List<Box> originalPixelBoxes) {
        this.boxes = List.copyOf(originalPixelBoxes);
        for (Box box : boxes) {
            if (Objects.requireNonNull(box, "box").convention() != BoxConvention.ORIGINAL_PIXELS) {
                throw new IllegalArgumentException("evidence boxes must be in ORIGINAL_PIXELS, got " + box.convention());
            }
        }
    }

    public List<Box> boxes() {
        return boxes;
    }

    @Override
    public void paint(GraphicsContext g, ViewTransform t) {
        for (Box box : boxes) {
            OverlayStrokes.strokeBox(g, t, box, COLOUR, WIDTH_PX, DASH_PX);
        }
    }
}
