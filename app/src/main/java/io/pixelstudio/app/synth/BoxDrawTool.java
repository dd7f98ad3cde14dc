package io.pixelstudio.app.synth;

import io.pixelstudio.app.viewer.ImageViewer;
import io.pixelstudio.app.viewer.ViewTransform;
import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Drawing the evidence box on an {@link ImageViewer}: a primary-button drag draws a box in image
 * coordinates (original pixels), clamped to the image; the viewer's own pan (other buttons) and
 * scroll zoom keep working. Installed as event filters that consume primary drags, so the viewer
 * never pans while a box is drawn.
 */
public final class BoxDrawTool {

    /** Boxes smaller than this (image pixels) on a side are treated as a click, not a box. */
    static final double MIN_SIDE = 2;

    private final ImageViewer viewer;
    private final Consumer<Box> onDrawing;
    private final Consumer<Box> onDrawn;
    private Point2D start;

    private BoxDrawTool(ImageViewer viewer, Consumer<Box> onDrawing, Consumer<Box> onDrawn) {
        this.viewer = viewer;
        this.onDrawing = onDrawing;
        this.onDrawn = onDrawn;
    }

    /**
     * Installs the tool on {@code viewer}.
     *
     * @param onDrawing receives the box while it is dragged (null when the drag ends)
     * @param onDrawn   receives the finished box, in original pixels
     */
    public static BoxDrawTool install(ImageViewer viewer, Consumer<Box> onDrawing, Consumer<Box> onDrawn) {
        BoxDrawTool tool = new BoxDrawTool(Objects.requireNonNull(viewer, "viewer"),
                Objects.requireNonNull(onDrawing, "onDrawing"), Objects.requireNonNull(onDrawn, "onDrawn"));
        viewer.addEventFilter(MouseEvent.MOUSE_PRESSED, tool::pressed);
        viewer.addEventFilter(MouseEvent.MOUSE_DRAGGED, tool::dragged);
        viewer.addEventFilter(MouseEvent.MOUSE_RELEASED, tool::released);
        return tool;
    }

    /** The box spanned by two image points, clamped to a {@code width}x{@code height} image and ordered. */
    static Box between(Point2D a, Point2D b, double width, double height) {
        double x1 = clamp(Math.min(a.getX(), b.getX()), width);
        double y1 = clamp(Math.min(a.getY(), b.getY()), height);
        double x2 = clamp(Math.max(a.getX(), b.getX()), width);
        double y2 = clamp(Math.max(a.getY(), b.getY()), height);
        return new Box(Math.floor(x1), Math.floor(y1), Math.ceil(x2), Math.ceil(y2), BoxConvention.ORIGINAL_PIXELS);
    }

    private static double clamp(double v, double max) {
        return Math.max(0, Math.min(max, v));
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || viewer.imageProperty().get() == null) {
            return;
        }
        start = imagePoint(e);
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (start == null) {
            return;
        }
        onDrawing.accept(box(e));
        e.consume();
    }

    private void released(MouseEvent e) {
        if (start == null) {
            return;
        }
        Box box = box(e);
        start = null;
        onDrawing.accept(null);
        if (box.width() >= MIN_SIDE && box.height() >= MIN_SIDE) {
            onDrawn.accept(box);
        }
        e.consume();
    }

    private Box box(MouseEvent e) {
        var image = viewer.imageProperty().get();
        return between(start, imagePoint(e), image.getWidth(), image.getHeight());
    }

    private Point2D imagePoint(MouseEvent e) {
        ViewTransform t = viewer.transformProperty().get();
        Point2D local = viewer.canvas().sceneToLocal(e.getSceneX(), e.getSceneY());
        return t.screenToImage(local.getX(), local.getY());
    }
}
