package io.pixelstudio.app.editor;

import io.pixelstudio.app.viewer.Overlay;
import io.pixelstudio.app.viewer.ViewTransform;
import io.pixelstudio.trace.Box;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

import java.util.Objects;

/**
 * Draws what the box-edit tool offers and does: grab handles on the editable box's corners and
 * edge midpoints, and while dragging the box as it would become (cyan, or red with the reason when
 * the reference would refuse that crop). Sizes are in screen pixels whatever the zoom.
 */
public final class BoxEditOverlay implements Overlay {

    /** Half the side of a grab handle, in screen pixels. */
    public static final double HANDLE_HALF_PX = 4;
    /** The live preview's colour. */
    public static final Color PREVIEW = Color.web("#32d2ff");
    /** The preview's colour when the crop would be refused. */
    public static final Color REFUSED = Color.web("#ff453a");
    private static final Color HANDLE_FILL = Color.WHITE;
    private static final Color HANDLE_LINE = Color.web("#1c1c1e");

    private final BoxEditModel model;

    public BoxEditOverlay(BoxEditModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    @Override
    public void paint(GraphicsContext g, ViewTransform t) {
        ZoomTarget target = model.targetProperty().get();
        if (target == null) {
            return;
        }
        Box preview = model.previewProperty().get();
        Box shown = preview != null ? preview : target.box();
        double px = 1 / t.scale();
        if (preview != null) {
            boolean refused = !model.refusalProperty().get().isEmpty();
            Color colour = refused ? REFUSED : PREVIEW;
            g.setStroke(colour);
            g.setLineWidth(2 * px);
            g.setLineDashes(5 * px, 3 * px);
            g.strokeRect(shown.x1(), shown.y1(), shown.width(), shown.height());
            g.setLineDashes();
            if (refused) {
                g.setFont(Font.font(12 * px));
                g.setFill(colour);
                g.fillText(model.refusalProperty().get(), shown.x1(), shown.y2() + 16 * px);
            }
        }
        double half = HANDLE_HALF_PX * px;
        double midX = (shown.x1() + shown.x2()) / 2;
        double midY = (shown.y1() + shown.y2()) / 2;
        double[][] points = {{shown.x1(), shown.y1()}, {midX, shown.y1()}, {shown.x2(), shown.y1()},
            {shown.x2(), midY}, {shown.x2(), shown.y2()}, {midX, shown.y2()}, {shown.x1(), shown.y2()}, {shown.x1(), midY}};
        g.setLineWidth(px);
        for (double[] p : points) {
            g.setFill(HANDLE_FILL);
            g.fillRect(p[0] - half, p[1] - half, 2 * half, 2 * half);
            g.setStroke(HANDLE_LINE);
            g.strokeRect(p[0] - half, p[1] - half, 2 * half, 2 * half);
        }
    }
}
