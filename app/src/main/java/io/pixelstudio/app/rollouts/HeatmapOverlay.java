package io.pixelstudio.app.rollouts;

import io.pixelstudio.app.viewer.Overlay;
import io.pixelstudio.app.viewer.ViewTransform;
import io.pixelstudio.trace.rollout.heatmap.ZoomHeatmap;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

import java.util.Objects;

/**
 * A {@link ZoomHeatmap} painted over the image it was computed on: each cell filled with a colour
 * running from yellow (little mass) to red (the most), its opacity proportional to its mass over
 * the heaviest cell's, so where the rollouts looked glows and the rest of the image stays readable.
 */
final class HeatmapOverlay implements Overlay {

    /** Opacity of the heaviest cell. */
    static final double MAX_OPACITY = 0.6;

    private final ZoomHeatmap heatmap;
    private final double width;
    private final double height;

    /** @param width, height the size of the displayed image, in its pixels */
    HeatmapOverlay(ZoomHeatmap heatmap, double width, double height) {
        this.heatmap = Objects.requireNonNull(heatmap, "heatmap");
        this.width = width;
        this.height = height;
    }

    /** The colour of a cell holding {@code share} of the heaviest cell's mass (0 → transparent). */
    static Color colour(double share) {
        return Color.hsb(60 * (1 - share), 1, 1, MAX_OPACITY * share);
    }

    @Override
    public void paint(GraphicsContext g, ViewTransform t) {
        double max = heatmap.maxMass();
        if (max <= 0) {
            return;
        }
        double cw = width / heatmap.columns();
        double ch = height / heatmap.rows();
        for (int r = 0; r < heatmap.rows(); r++) {
            for (int c = 0; c < heatmap.columns(); c++) {
                double m = heatmap.mass(c, r);
                if (m > 0) {
                    g.setFill(colour(m / max));
                    g.fillRect(c * cw, r * ch, cw, ch);
                }
            }
        }
    }
}
