package io.pixelstudio.trace.rollout.heatmap;

import io.pixelstudio.trace.Box;

import java.util.List;
import java.util.TreeSet;

/**
 * The exact area of a box covered by a union of boxes, by coordinate compression: the edges of the
 * evidence boxes split the box into cells, and a cell counts when its centre lies in some evidence
 * box. Several evidence regions that overlap are thus never counted twice.
 */
final class UnionArea {

    private UnionArea() {
    }

    /** Area of {@code box} ∩ (∪ {@code union}); boxes have ordered corners. */
    static double insideUnion(Box box, List<Box> union) {
        TreeSet<Double> xs = new TreeSet<>(List.of(box.x1(), box.x2()));
        TreeSet<Double> ys = new TreeSet<>(List.of(box.y1(), box.y2()));
        for (Box u : union) {
            addInside(xs, u.x1(), box.x1(), box.x2());
            addInside(xs, u.x2(), box.x1(), box.x2());
            addInside(ys, u.y1(), box.y1(), box.y2());
            addInside(ys, u.y2(), box.y1(), box.y2());
        }
        Double[] x = xs.toArray(new Double[0]);
        Double[] y = ys.toArray(new Double[0]);
        double area = 0;
        for (int i = 0; i + 1 < x.length; i++) {
            double cx = (x[i] + x[i + 1]) / 2;
            for (int j = 0; j + 1 < y.length; j++) {
                double cy = (y[j] + y[j + 1]) / 2;
                if (covered(union, cx, cy)) {
                    area += (x[i + 1] - x[i]) * (y[j + 1] - y[j]);
                }
            }
        }
        return area;
    }

    private static void addInside(TreeSet<Double> edges, double v, double lo, double hi) {
        if (v > lo && v < hi) {
            edges.add(v);
        }
    }

    private static boolean covered(List<Box> union, double x, double y) {
        for (Box u : union) {
            if (x > u.x1() && x < u.x2() && y > u.y1() && y < u.y2()) {
                return true;
            }
        }
        return false;
    }
}
