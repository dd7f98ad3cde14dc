package io.pixelstudio.trace;

import java.util.Objects;

/**
 * An axis-aligned box {@code (x1, y1)–(x2, y2)} that carries its coordinate convention, so that
 * a normalized box is never mistaken for pixels. No ordering is enforced: the reference tool
 * accepts reversed boxes, and validation reports them instead.
 */
public record Box(double x1, double y1, double x2, double y2, BoxConvention convention) {

    public Box {
        Objects.requireNonNull(convention, "convention");
        if (!Double.isFinite(x1) || !Double.isFinite(y1) || !Double.isFinite(x2) || !Double.isFinite(y2)) {
            throw new IllegalArgumentException("box coordinates must be finite: [" + x1 + ", " + y1 + ", " + x2 + ", " + y2 + "]");
        }
    }

    public static Box normalized(double x1, double y1, double x2, double y2) {
        return new Box(x1, y1, x2, y2, BoxConvention.NORMALIZED);
    }

    public double width() {
        return x2 - x1;
    }

    public double height() {
        return y2 - y1;
    }

    /** The same box in another convention, using the image's sizes. */
    public Box to(BoxConvention target, ImageGeometry geometry) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(geometry, "geometry");
        if (target == convention) {
            return this;
        }
        double sx = geometry.width(target) / geometry.width(convention);
        double sy = geometry.height(target) / geometry.height(convention);
        return new Box(x1 * sx, y1 * sy, x2 * sx, y2 * sy, target);
    }
}
