package io.pixelstudio.trace.eval.faithfulness;

import io.pixelstudio.trace.Box;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Exact area arithmetic on axis-aligned boxes in one coordinate system: intersection over union,
 * and the share of a box covered by the union of others (computed exactly over the grid the box
 * edges make, not by sampling). Boxes are read with their corners in either order.
 */
public final class BoxMath {

    private BoxMath() {
    }

    /** Area of {@code b} (corners in either order). */
    public static double area(Box b) {
        return Math.abs(b.x2() - b.x1()) * Math.abs(b.y2() - b.y1());
    }

    /** Area of the overlap of {@code a} and {@code b}. */
    public static double intersection(Box a, Box b) {
        double w = Math.min(maxX(a), maxX(b)) - Math.max(minX(a), minX(b));
        double h = Math.min(maxY(a), maxY(b)) - Math.max(minY(a), minY(b));
        return w > 0 && h > 0 ? w * h : 0;
    }

    /** Intersection over union, 0 when the union has no area. */
    public static double iou(Box a, Box b) {
        double inter = intersection(a, b);
        double union = area(a) + area(b) - inter;
        return union > 0 ? Math.min(1, inter / union) : 0;
    }

    /**
     * The share of {@code target}'s area inside the union of {@code cover}, in [0, 1]. A target
     * without area counts as covered (1) when its centre lies inside (edges included) one of the
     * boxes, else 0.
     */
    public static double coverage(Box target, List<Box> cover) {
        double total = area(target);
        if (total == 0) {
            double cx = (minX(target) + maxX(target)) / 2;
            double cy = (minY(target) + maxY(target)) / 2;
            return cover.stream().anyMatch(c -> minX(c) <= cx && cx <= maxX(c) && minY(c) <= cy && cy <= maxY(c)) ? 1 : 0;
        }
        TreeSet<Double> xs = new TreeSet<>(List.of(minX(target), maxX(target)));
        TreeSet<Double> ys = new TreeSet<>(List.of(minY(target), maxY(target)));
        List<Box> clipped = new ArrayList<>();
        for (Box c : cover) {
            if (intersection(c, target) > 0) {
                clipped.add(c);
                addInside(xs, minX(c), minX(target), maxX(target));
                addInside(xs, maxX(c), minX(target), maxX(target));
                addInside(ys, minY(c), minY(target), maxY(target));
                addInside(ys, maxY(c), minY(target), maxY(target));
            }
        }
        Double[] gx = xs.toArray(new Double[0]);
        Double[] gy = ys.toArray(new Double[0]);
        double covered = 0;
        for (int i = 0; i + 1 < gx.length; i++) {
            for (int j = 0; j + 1 < gy.length; j++) {
                double cx = (gx[i] + gx[i + 1]) / 2;
                double cy = (gy[j] + gy[j + 1]) / 2;
                for (Box c : clipped) {
                    if (minX(c) < cx && cx < maxX(c) && minY(c) < cy && cy < maxY(c)) {
                        covered += (gx[i + 1] - gx[i]) * (gy[j + 1] - gy[j]);
                        break;
                    }
                }
            }
        }
        return Math.max(0, Math.min(1, covered / total));
    }

    private static void addInside(TreeSet<Double> set, double v, double lo, double hi) {
        if (v > lo && v < hi) {
            set.add(v);
        }
    }

    static double minX(Box b) {
        return Math.min(b.x1(), b.x2());
    }

    static double maxX(Box b) {
        return Math.max(b.x1(), b.x2());
    }

    static double minY(Box b) {
        return Math.min(b.y1(), b.y2());
    }

    static double maxY(Box b) {
        return Math.max(b.y1(), b.y2());
    }
}
