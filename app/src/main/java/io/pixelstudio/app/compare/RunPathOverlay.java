package io.pixelstudio.app.compare;

import io.pixelstudio.app.viewer.Overlay;
import io.pixelstudio.app.viewer.ViewTransform;
import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Every run's zoom path over one sample's image, one colour per run: each box is stroked in its
 * run's colour and tagged with the step number, so where two runs looked differently is visible at
 * a glance. Painted in image coordinates (original pixels) like the viewer's own overlays.
 */
public final class RunPathOverlay implements Overlay {

    private static final List<Color> PALETTE = List.of(Color.web("#0a84ff"), Color.web("#ff9f0a"),
            Color.web("#bf5af2"), Color.web("#ff375f"), Color.web("#30d158"), Color.web("#64d2ff"),
            Color.web("#ffd60a"), Color.web("#ac8e68"));
    private static final double WIDTH_PX = 3;
    private static final double FONT_PX = 12;

    private final List<RunPath> paths;

    public RunPathOverlay(List<RunPath> paths) {
        this.paths = List.copyOf(paths);
    }

    /** The colour of run {@code index} (0 is the baseline); the palette repeats after eight runs. */
    public static Color colour(int index) {
        return PALETTE.get(Math.floorMod(index, PALETTE.size()));
    }

    /**
     * An inline style giving JavaFX charts' eight series colours ({@code CHART_COLOR_1..8} of the
     * default stylesheet) the run colours, so a run's bars and its zoom boxes match.
     */
    public static String chartColours() {
        StringBuilder style = new StringBuilder();
        for (int i = 0; i < PALETTE.size(); i++) {
            Color c = PALETTE.get(i);
            style.append(String.format(Locale.ROOT, "CHART_COLOR_%d: #%02x%02x%02x; ", i + 1,
                    Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255)));
        }
        return style.toString().trim();
    }

    public List<RunPath> paths() {
        return paths;
    }

    @Override
    public void paint(GraphicsContext g, ViewTransform t) {
        double unit = 1 / t.scale();
        g.setLineWidth(WIDTH_PX * unit);
        g.setLineDashes();
        g.setFont(Font.font("System", FontWeight.BOLD, FONT_PX * unit));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        for (RunPath path : paths) {
            g.setStroke(path.colour());
            g.setFill(path.colour());
            for (int i = 0; i < path.boxes().size(); i++) {
                Box box = path.boxes().get(i);
                double x = Math.min(box.x1(), box.x2());
                double y = Math.min(box.y1(), box.y2());
                g.strokeRect(x, y, Math.abs(box.width()), Math.abs(box.height()));
                g.fillText(path.run() + 1 + "." + (i + 1), x + 2 * unit, y - 2 * unit);
            }
        }
    }

    /**
     * One run's zoom boxes.
     *
     * @param run    the run's index (0 is the baseline); tags read {@code run+1 . step}
     * @param boxes  the boxes in original pixels, in the order the run asked for them
     */
    public record RunPath(int run, String name, Color colour, List<Box> boxes) {

        public RunPath {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(colour, "colour");
            boxes = List.copyOf(boxes);
            for (Box box : boxes) {
                if (box.convention() != BoxConvention.ORIGINAL_PIXELS) {
                    throw new IllegalArgumentException("run path boxes must be in ORIGINAL_PIXELS, got " + box.convention());
                }
            }
        }
    }
}
