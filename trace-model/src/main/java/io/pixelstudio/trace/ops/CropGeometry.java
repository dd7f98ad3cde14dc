package io.pixelstudio.trace.ops;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;

import java.util.Objects;

/**
 * Where the reference {@code crop_image_normalized} cuts an image, step by step, so the studio can
 * draw and explain it: the box read as normalized (all four values below 1) or as pixels of the
 * target image, padded by 0.1 on every side, clamped to [0, 1], scaled to pixels and rounded
 * half-to-even by Pillow's {@code crop}.
 *
 * @param normalized the box in normalized units before padding
 * @param padded     after padding and clamping (what is cut, in normalized units)
 * @param left       pixel columns [left, right) and rows [top, bottom) after rounding
 */
public record CropGeometry(Box normalized, Box padded, int left, int top, int right, int bottom,
                           double exactLeft, double exactTop, double exactRight, double exactBottom) {

    /** The padding the reference adds on every side, in normalized units. */
    public static final double PADDING = 0.1;

    public CropGeometry {
        Objects.requireNonNull(normalized, "normalized");
        Objects.requireNonNull(padded, "padded");
    }

    /** True when the reference reads these four values as normalized: every one below 1. */
    public static boolean readsAsNormalized(Box box) {
        return box.x1() < 1 && box.y1() < 1 && box.x2() < 1 && box.y2() < 1;
    }

    /** The geometry of cropping {@code box} (values as the model wrote them) from a {@code width}x{@code height} image. */
    public static CropGeometry of(Box box, int width, int height) {
        Objects.requireNonNull(box, "box");
        if (box.convention() == BoxConvention.ORIGINAL_PIXELS) {
            throw new IllegalArgumentException("the tool never sees ORIGINAL_PIXELS boxes; convert to MODEL_INPUT_PIXELS first");
        }
        Box norm = readsAsNormalized(box)
                ? Box.normalized(box.x1(), box.y1(), box.x2(), box.y2())
                : Box.normalized(box.x1() / width, box.y1() / height, box.x2() / width, box.y2() / height);
        Box padded = Box.normalized(clamp(norm.x1() - PADDING), clamp(norm.y1() - PADDING),
                clamp(norm.x2() + PADDING), clamp(norm.y2() + PADDING));
        double fx1 = padded.x1() * width;
        double fy1 = padded.y1() * height;
        double fx2 = padded.x2() * width;
        double fy2 = padded.y2() * height;
        return new CropGeometry(norm, padded, (int) Math.rint(fx1), (int) Math.rint(fy1),
                (int) Math.rint(fx2), (int) Math.rint(fy2), fx1, fy1, fx2, fy2);
    }

    /** Width of the cut in pixels (never negative: Pillow refuses reversed boxes before cutting). */
    public int width() {
        return Math.max(0, right - left);
    }

    public int height() {
        return Math.max(0, bottom - top);
    }

    /**
     * The error Pillow's {@code Image.crop} raises for a reversed box (compared before rounding),
     * or null. Pillow checks right/left first.
     */
    public String pillowError() {
        if (exactRight < exactLeft) {
            return "Coordinate 'right' is less than 'left'";
        }
        if (exactBottom < exactTop) {
            return "Coordinate 'lower' is less than 'upper'";
        }
        return null;
    }

    private static double clamp(double v) {
        return Math.min(Math.max(0, v), 1);
    }
}
