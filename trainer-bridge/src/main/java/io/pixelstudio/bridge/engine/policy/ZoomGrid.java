package io.pixelstudio.bridge.engine.policy;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.ops.CropGeometry;

/**
 * The policy's zoom actions: the cells of a {@code grid × grid} partition of the image. The call
 * asks for the cell shrunk by the tool's padding ({@link CropGeometry#PADDING}) on every side, so
 * that what the reference tool cuts is exactly the cell (clamped at the image border).
 */
public record ZoomGrid(int grid) {

    public ZoomGrid {
        if (grid < 1 || 1.0 / grid <= 2 * CropGeometry.PADDING) {
            throw new IllegalArgumentException("a grid of " + grid + " cells per side is too fine for the tool's padding");
        }
    }

    public int cells() {
        return grid * grid;
    }

    /** The normalized {@code bbox_2d} the policy writes for {@code cell} (row-major). */
    public Box request(int cell) {
        double size = 1.0 / grid;
        double x1 = (cell % grid) * size;
        double y1 = (cell / grid) * size;
        double p = CropGeometry.PADDING;
        return Box.normalized(round(x1 + p), round(y1 + p), round(x1 + size - p), round(y1 + size - p));
    }

    /** The cell holding the normalized point ({@code x}, {@code y}). */
    public int cellOf(double x, double y) {
        int col = Math.min(grid - 1, Math.max(0, (int) Math.floor(x * grid)));
        int row = Math.min(grid - 1, Math.max(0, (int) Math.floor(y * grid)));
        return row * grid + col;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
