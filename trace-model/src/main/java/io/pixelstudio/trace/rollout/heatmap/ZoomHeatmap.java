package io.pixelstudio.trace.rollout.heatmap;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A density grid of zoom regions over an image, in normalized coordinates: each region, clipped to
 * the image, carries a mass of one spread evenly over its area, so a cell holds the sum over regions
 * of (area of region ∩ cell) / (area of region). A wide region thus weighs as much as a tight one,
 * and the grid answers "where did the rollouts look" independently of how large they zoomed.
 * Regions of zero area after clipping carry no mass and are counted in {@link #skipped()}.
 * Immutable.
 */
public final class ZoomHeatmap {

    private final int columns;
    private final int rows;
    private final double[] mass;
    private final List<Box> regions;
    private final int skipped;

    private ZoomHeatmap(int columns, int rows, double[] mass, List<Box> regions, int skipped) {
        this.columns = columns;
        this.rows = rows;
        this.mass = mass;
        this.regions = regions;
        this.skipped = skipped;
    }

    /**
     * The heatmap of {@code normalizedRegions} on a {@code columns}×{@code rows} grid.
     *
     * @throws IllegalArgumentException for a grid size below 1 or a region not in {@link BoxConvention#NORMALIZED}
     */
    public static ZoomHeatmap of(int columns, int rows, List<Box> normalizedRegions) {
        if (columns < 1 || rows < 1) {
            throw new IllegalArgumentException("grid size must be at least 1×1: " + columns + "×" + rows);
        }
        Objects.requireNonNull(normalizedRegions, "normalizedRegions");
        double[] mass = new double[columns * rows];
        List<Box> kept = new ArrayList<>();
        int skipped = 0;
        for (Box region : normalizedRegions) {
            Box clipped = clip(requireNormalized(region));
            double area = clipped.width() * clipped.height();
            if (!(area > 0)) {
                skipped++;
                continue;
            }
            kept.add(clipped);
            spread(clipped, area, columns, rows, mass);
        }
        return new ZoomHeatmap(columns, rows, mass, List.copyOf(kept), skipped);
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    /** The regions that carry mass, clipped to the image and with ordered corners. */
    public List<Box> regions() {
        return regions;
    }

    /** Regions left out because they had no area inside the image. */
    public int skipped() {
        return skipped;
    }

    /** The mass in cell ({@code column}, {@code row}); the cells of the whole grid sum to {@link #regions()}.size(). */
    public double mass(int column, int row) {
        Objects.checkIndex(column, columns);
        Objects.checkIndex(row, rows);
        return mass[row * columns + column];
    }

    /** The largest cell mass (0 for an empty heatmap), the top of the colour scale. */
    public double maxMass() {
        double max = 0;
        for (double m : mass) {
            max = Math.max(max, m);
        }
        return max;
    }

    /**
     * The share of the regions' mass that lies inside the union of {@code normalizedEvidence}: the
     * mean over regions of (area of region ∩ evidence) / (area of region), computed exactly, not from
     * the grid. Empty when there are no regions or no evidence.
     */
    public OptionalDouble shareInside(List<Box> normalizedEvidence) {
        Objects.requireNonNull(normalizedEvidence, "normalizedEvidence");
        List<Box> evidence = normalizedEvidence.stream().map(ZoomHeatmap::requireNormalized).map(ZoomHeatmap::clip)
                .filter(b -> b.width() > 0 && b.height() > 0).toList();
        if (regions.isEmpty() || evidence.isEmpty()) {
            return OptionalDouble.empty();
        }
        double sum = 0;
        for (Box region : regions) {
            sum += UnionArea.insideUnion(region, evidence) / (region.width() * region.height());
        }
        return OptionalDouble.of(sum / regions.size());
    }

    private static void spread(Box box, double area, int columns, int rows, double[] mass) {
        int c0 = Math.max(0, (int) Math.floor(box.x1() * columns));
        int c1 = Math.min(columns - 1, (int) Math.ceil(box.x2() * columns) - 1);
        int r0 = Math.max(0, (int) Math.floor(box.y1() * rows));
        int r1 = Math.min(rows - 1, (int) Math.ceil(box.y2() * rows) - 1);
        for (int r = r0; r <= r1; r++) {
            double h = overlap(box.y1(), box.y2(), r / (double) rows, (r + 1) / (double) rows);
            for (int c = c0; c <= c1; c++) {
                double w = overlap(box.x1(), box.x2(), c / (double) columns, (c + 1) / (double) columns);
                mass[r * columns + c] += w * h / area;
            }
        }
    }

    static double overlap(double a1, double a2, double b1, double b2) {
        return Math.max(0, Math.min(a2, b2) - Math.max(a1, b1));
    }

    private static Box requireNormalized(Box box) {
        Objects.requireNonNull(box, "box");
        if (box.convention() != BoxConvention.NORMALIZED) {
            throw new IllegalArgumentException("heatmap boxes are NORMALIZED, got " + box.convention());
        }
        return box;
    }

    private static Box clip(Box b) {
        double x1 = clamp(Math.min(b.x1(), b.x2()));
        double x2 = clamp(Math.max(b.x1(), b.x2()));
        double y1 = clamp(Math.min(b.y1(), b.y2()));
        double y2 = clamp(Math.max(b.y1(), b.y2()));
        return Box.normalized(x1, y1, x2, y2);
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
