package io.pixelstudio.app.studio.pending;

import javafx.geometry.Point2D;

/** Temporary stand-in for viewer.ViewTransform. */
public final class ViewTransform {
    public double scale() { return 1; }
    public Point2D imageToScreen(double x, double y) { return new Point2D(x, y); }
}
