package io.pixelstudio.app.viewer;

import javafx.geometry.Point2D;

/**
 * The one mapping from original-image pixels to screen (canvas) pixels:
 * {@code screen = image · scale + translate}. Immutable, so a viewer can publish it as a property
 * and tests can check drawn positions against exactly the transform used to draw them.
 */
public final class ViewTransform {

    /** Image pixels drawn 1:1 at the canvas origin. */
    public static final ViewTransform IDENTITY = new ViewTransform(1, 0, 0);

    private final double scale;
    private final double translateX;
    private final double translateY;

    /**
     * @param scale      screen pixels per image pixel, finite and positive
     * @param translateX screen x of image x = 0
     * @param translateY screen y of image y = 0
     */
    public ViewTransform(double scale, double translateX, double translateY) {
        if (!(scale > 0) || !Double.isFinite(scale)) {
            throw new IllegalArgumentException("scale must be finite and positive, got " + scale);
        }
        if (!Double.isFinite(translateX) || !Double.isFinite(translateY)) {
            throw new IllegalArgumentException("translation must be finite, got " + translateX + ", " + translateY);
        }
        this.scale = scale;
        this.translateX = translateX;
        this.translateY = translateY;
    }

    /**
     * The largest scale at which the whole image fits the view, centred. A view with no area yet
     * (before layout) gives the identity so callers need no special case.
     */
    public static ViewTransform fit(double imageW, double imageH, double viewW, double viewH) {
        if (!(imageW > 0) || !(imageH > 0) || !Double.isFinite(imageW) || !Double.isFinite(imageH)) {
            throw new IllegalArgumentException("image size must be positive, got " + imageW + "x" + imageH);
        }
        if (!(viewW > 0) || !(viewH > 0) || !Double.isFinite(viewW) || !Double.isFinite(viewH)) {
            return IDENTITY;
        }
        double s = Math.min(viewW / imageW, viewH / imageH);
        return new ViewTransform(s, (viewW - imageW * s) / 2, (viewH - imageH * s) / 2);
    }

    public double scale() {
        return scale;
    }

    public double translateX() {
        return translateX;
    }

    public double translateY() {
        return translateY;
    }

    public Point2D imageToScreen(double x, double y) {
        return new Point2D(x * scale + translateX, y * scale + translateY);
    }

    public Point2D screenToImage(double x, double y) {
        return new Point2D((x - translateX) / scale, (y - translateY) / scale);
    }

    /**
     * Zooms by {@code factor} keeping the image point under {@code (screenX, screenY)} where it is;
     * the new scale is clamped to {@code [minScale, maxScale]}.
     */
    public ViewTransform zoomAbout(double screenX, double screenY, double factor, double minScale, double maxScale) {
        if (!(factor > 0) || !Double.isFinite(factor)) {
            throw new IllegalArgumentException("zoom factor must be finite and positive, got " + factor);
        }
        if (!(minScale > 0) || !(maxScale >= minScale)) {
            throw new IllegalArgumentException("scale bounds must satisfy 0 < min <= max, got " + minScale + ", " + maxScale);
        }
        double s = Math.max(minScale, Math.min(maxScale, scale * factor));
        Point2D anchor = screenToImage(screenX, screenY);
        return new ViewTransform(s, screenX - anchor.getX() * s, screenY - anchor.getY() * s);
    }

    /** Moves the image by {@code (dx, dy)} screen pixels. */
    public ViewTransform pan(double dx, double dy) {
        return new ViewTransform(scale, translateX + dx, translateY + dy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ViewTransform t && Double.compare(scale, t.scale) == 0
                && Double.compare(translateX, t.translateX) == 0 && Double.compare(translateY, t.translateY) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(scale) * 31 * 31 + Double.hashCode(translateX) * 31 + Double.hashCode(translateY);
    }

    @Override
    public String toString() {
        return "ViewTransform[scale=" + scale + ", translate=(" + translateX + ", " + translateY + ")]";
    }
}
