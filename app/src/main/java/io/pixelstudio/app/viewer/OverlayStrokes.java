package io.pixelstudio.app.viewer;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import io.pixelstudio.trace.Box;

/**
 * Drawing helpers shared by the overlays: strokes and labels given in screen pixels, drawn while
 * the graphics transform maps image pixels, so every overlay looks the same at any zoom.
 */
final class OverlayStrokes {

    private static final double LABEL_FONT_PX = 12;
    private static final double LABEL_PAD_PX = 3;

    private OverlayStrokes() {
    }

    /** Strokes {@code box} (image pixels) with a line {@code widthPx} screen pixels wide; {@code dashPx} 0 for solid. */
    static void strokeBox(GraphicsContext g, ViewTransform t, Box box, Color colour, double widthPx, double dashPx) {
        double unit = 1 / t.scale();
        g.setStroke(colour);
        g.setLineWidth(widthPx * unit);
        g.setLineCap(StrokeLineCap.BUTT);
        if (dashPx > 0) {
            g.setLineDashes(dashPx * unit, dashPx * unit);
        } else {
            g.setLineDashes();
        }
        double x = Math.min(box.x1(), box.x2());
        double y = Math.min(box.y1(), box.y2());
        g.strokeRect(x, y, Math.abs(box.width()), Math.abs(box.height()));
        g.setLineDashes();
    }

    /**
     * A filled tag with {@code text} whose bottom-left corner sits on the image point
     * {@code (x, y)}, so it lies just outside a box's top-left corner.
     */
    static void label(GraphicsContext g, ViewTransform t, double x, double y, String text, Color fill, Color ink) {
        double unit = 1 / t.scale();
        Font font = Font.font("System", FontWeight.BOLD, LABEL_FONT_PX * unit);
        double w = (text.length() * LABEL_FONT_PX * 0.62 + 2 * LABEL_PAD_PX) * unit;
        double h = (LABEL_FONT_PX + 2 * LABEL_PAD_PX) * unit;
        double top = y - h;
        g.setFill(fill);
        g.fillRect(x, top, w, h);
        g.setFill(ink);
        g.setFont(font);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, x + LABEL_PAD_PX * unit, top + h / 2);
    }
}
