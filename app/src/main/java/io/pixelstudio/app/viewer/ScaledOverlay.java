package io.pixelstudio.app.viewer;

import javafx.scene.canvas.GraphicsContext;

import java.util.Objects;

/**
 * Paints an overlay written in one image's pixels onto a resized copy of that image — the zoom
 * and evidence boxes, which live in original-file pixels, over the model's-eye view of the
 * resized input. The inner overlay sees a transform whose scale includes the resize, so its
 * strokes keep their on-screen width.
 *
 * @param inner the overlay, in the coordinates of the image before resizing
 * @param sx    resized width / original width
 * @param sy    resized height / original height
 */
public record ScaledOverlay(Overlay inner, double sx, double sy) implements Overlay {

    public ScaledOverlay {
        Objects.requireNonNull(inner, "inner");
        if (!(sx > 0) || !(sy > 0)) {
            throw new IllegalArgumentException("scale factors must be positive: " + sx + ", " + sy);
        }
    }

    @Override
    public void paint(GraphicsContext g, ViewTransform t) {
        g.save();
        try {
            g.scale(sx, sy);
            inner.paint(g, new ViewTransform(t.scale() * sx, t.translateX(), t.translateY()));
        } finally {
            g.restore();
        }
    }
}
