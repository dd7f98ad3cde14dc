package io.pixelstudio.app.editor;

import io.pixelstudio.app.viewer.ImageViewer;
import io.pixelstudio.app.viewer.ViewTransform;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import java.util.Map;
import java.util.Objects;

/**
 * The box-edit tool of the image viewer, a strategy layered over the viewer's default pan: it
 * takes a mouse gesture only when the press lands on the editable zoom box (inside: move; on an
 * edge or corner: resize, with the matching cursor), and leaves every other press to the viewer.
 * Escape cancels a drag; Alt+arrow nudges the box by one image pixel per key press. The gesture's
 * state lives in the {@link BoxEditModel}; this class only translates screen input to image
 * points and asks for repaints.
 */
public final class BoxEditTool {

    /** How near the outline (screen pixels) a press grabs an edge rather than the inside. */
    public static final double GRAB_PX = 6;
    private static final Map<BoxHandle, Cursor> CURSORS = Map.of(BoxHandle.MOVE, Cursor.MOVE,
            BoxHandle.NORTH, Cursor.N_RESIZE, BoxHandle.SOUTH, Cursor.S_RESIZE, BoxHandle.EAST, Cursor.E_RESIZE,
            BoxHandle.WEST, Cursor.W_RESIZE, BoxHandle.NORTH_EAST, Cursor.NE_RESIZE, BoxHandle.NORTH_WEST,
            Cursor.NW_RESIZE, BoxHandle.SOUTH_EAST, Cursor.SE_RESIZE, BoxHandle.SOUTH_WEST, Cursor.SW_RESIZE);

    private final ImageViewer viewer;
    private final BoxEditModel model;
    private final BoxEditOverlay overlay;

    /** Installs the tool on {@code viewer}. FX thread. */
    public BoxEditTool(ImageViewer viewer, BoxEditModel model) {
        this.viewer = Objects.requireNonNull(viewer, "viewer");
        this.model = Objects.requireNonNull(model, "model");
        this.overlay = new BoxEditOverlay(model);
        viewer.addEventFilter(MouseEvent.MOUSE_MOVED, this::onMoved);
        viewer.addEventFilter(MouseEvent.MOUSE_PRESSED, this::onPressed);
        viewer.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        viewer.addEventFilter(MouseEvent.MOUSE_RELEASED, this::onReleased);
        viewer.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        model.previewProperty().addListener((obs, old, now) -> viewer.requestRepaint());
        model.refusalProperty().addListener((obs, old, now) -> viewer.requestRepaint());
        model.targetProperty().addListener((obs, old, now) -> viewer.requestRepaint());
    }

    /** The overlay drawing the handles and the live preview; the viewer paints it last. */
    public BoxEditOverlay overlay() {
        return overlay;
    }

    /** The gesture state. */
    public BoxEditModel model() {
        return model;
    }

    private Point2D image(MouseEvent e) {
        return viewer.transformProperty().get().screenToImage(e.getX(), e.getY());
    }

    private double tolerance() {
        ViewTransform t = viewer.transformProperty().get();
        return GRAB_PX / t.scale();
    }

    private void onMoved(MouseEvent e) {
        if (viewer.imageProperty().get() == null) {
            return;
        }
        Point2D p = image(e);
        viewer.setCursor(model.hit(p.getX(), p.getY(), tolerance()).map(CURSORS::get).orElse(Cursor.DEFAULT));
    }

    private void onPressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || viewer.imageProperty().get() == null || e.isShortcutDown()) {
            return;
        }
        Point2D p = image(e);
        if (model.begin(p.getX(), p.getY(), tolerance())) {
            viewer.requestFocus();
            e.consume();
        }
    }

    private void onDragged(MouseEvent e) {
        if (model.dragging()) {
            Point2D p = image(e);
            model.drag(p.getX(), p.getY());
            e.consume();
        }
    }

    private void onReleased(MouseEvent e) {
        if (model.dragging()) {
            Point2D p = image(e);
            model.drag(p.getX(), p.getY());
            model.release();
            e.consume();
        }
    }

    private void onKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE && model.dragging()) {
            model.cancel();
            e.consume();
            return;
        }
        if (!e.isAltDown() || e.isShortcutDown() || model.targetProperty().get() == null) {
            return;
        }
        switch (e.getCode()) {
            case LEFT -> model.nudge(-1, 0);
            case RIGHT -> model.nudge(1, 0);
            case UP -> model.nudge(0, -1);
            case DOWN -> model.nudge(0, 1);
            default -> {
                return;
            }
        }
        e.consume();
    }
}
