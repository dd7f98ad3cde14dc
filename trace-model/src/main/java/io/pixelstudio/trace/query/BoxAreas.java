package io.pixelstudio.trace.query;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import io.pixelstudio.trace.VisualOperation;
import io.pixelstudio.trace.stats.OperationCounts;

/**
 * Smallest and largest zoom box of a trace as a share of its image's area. Only normalized boxes
 * have an area without the image's size (the reference's {@code crop_image_normalized} boxes are
 * normalized); a pixel box would need its image decoded, which a scan of 100,000 traces must not
 * do, so it is left out (both NaN when no box is known). Coordinates are clamped to [0,1] as the
 * reference clamps them; a degenerate box has area 0.
 */
record BoxAreas(double smallest, double largest) {

    static BoxAreas of(OperationCounts calls) {
        double min = Double.NaN;
        double max = Double.NaN;
        for (VisualOperation op : calls.operations()) {
            if (op instanceof VisualOperation.ZoomIn zoom && zoom.box().convention() == BoxConvention.NORMALIZED) {
                double area = area(zoom.box());
                min = Double.isNaN(min) ? area : Math.min(min, area);
                max = Double.isNaN(max) ? area : Math.max(max, area);
            }
        }
        return new BoxAreas(min, max);
    }

    static double area(Box box) {
        double w = clamp(box.x2()) - clamp(box.x1());
        double h = clamp(box.y2()) - clamp(box.y1());
        return w <= 0 || h <= 0 ? 0 : w * h;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
