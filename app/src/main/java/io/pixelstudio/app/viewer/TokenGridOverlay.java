package io.pixelstudio.app.viewer;

import io.pixelstudio.trace.ops.SmartResize;
import javafx.geometry.Point2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The model input's 28-pixel patch grid (one visual token per cell) drawn over the original image:
 * lines every {@code 28 · originalW / inputW} original pixels across and
 * {@code 28 · originalH / inputH} down. Shows how coarsely the model saw a region, and so why it
 * needed to zoom. Only lines in view are drawn, as one path (one rasterization, not one per line), and none when
 * cells would be under 4 screen pixels.
 */
public final class TokenGridOverlay implements Overlay {

    /** The grid colour: light and translucent, readable over any image. */
    public static final Color COLOUR = Color.rgb(0, 229, 255, 0.55);
    private static final double MIN_CELL_PX = 4;

    private final int originalW;
    private final int originalH;
    private final int inputW;
    private final int inputH;

    public TokenGridOverlay(int originalW, int originalH, int inputW, int inputH) {
        if (originalW <= 0 || originalH <= 0 || inputW <= 0 || inputH <= 0) {
            throw new IllegalArgumentException("sizes must be positive: original " + originalW + "x" + originalH
                    + ", input " + inputW + "x" + inputH);
        }
        this.originalW = originalW;
        this.originalH = originalH;
        this.inputW = inputW;
        this.inputH = inputH;
    }

    /** Distance between vertical lines, in original pixels. */
    public double cellWidth() {
        return (double) SmartResize.FACTOR * originalW / inputW;
    }

    /** Distance between horizontal lines, in original pixels. */
    public double cellHeight() {
        return (double) SmartResize.FACTOR * originalH / inputH;
    }

    /** Cells across × down: the visual tokens of the input. */
    public long tokens() {
        return (long) (inputW / SmartResize.FACTOR) * (inputH / SmartResize.FACTOR);
    }

    @Override
    public void paint(GraphicsContext g, ViewTransform t) {
        double cw = cellWidth();
        double ch = cellHeight();
        g.setStroke(COLOUR);
        g.setLineWidth(1 / t.scale());
        g.setLineDashes();
        g.strokeRect(0, 0, originalW, originalH);
        if (cw * t.scale() < MIN_CELL_PX || ch * t.scale() < MIN_CELL_PX) {
            return;
        }
        Point2D from = t.screenToImage(0, 0);
        Point2D to = t.screenToImage(g.getCanvas().getWidth(), g.getCanvas().getHeight());
        double top = Math.max(0, from.getY());
        double bottom = Math.min(originalH, to.getY());
        double left = Math.max(0, from.getX());
        double right = Math.min(originalW, to.getX());
        if (right <= left || bottom <= top) {
            return;
        }
        g.beginPath();
        for (long i = Math.max(1, (long) Math.ceil(left / cw)); i * cw < right; i++) {
            g.moveTo(i * cw, top);
            g.lineTo(i * cw, bottom);
        }
        for (long j = Math.max(1, (long) Math.ceil(top / ch)); j * ch < bottom; j++) {
            g.moveTo(left, j * ch);
            g.lineTo(right, j * ch);
        }
        g.stroke();
    }
}
