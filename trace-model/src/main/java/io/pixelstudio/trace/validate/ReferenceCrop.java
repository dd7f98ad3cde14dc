package io.pixelstudio.trace.validate;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import io.pixelstudio.trace.media.ImageSize;

/**
 * The size of the crop the reference {@code crop_image_normalized} cuts: the box made normalized
 * (pixel boxes divided by the image size), padded by 0.1 on every side, clamped to [0,1], scaled
 * back to pixels and rounded half-to-even as PIL's {@code crop} does. The reference refuses the
 * crop when a side is 28 px or less.
 */
final class ReferenceCrop {

    static final double PADDING = 0.1;
    static final int MIN_SIDE_EXCLUSIVE = 28;

    private ReferenceCrop() {
    }

    /** Width and height of the crop of {@code box} out of an image of {@code input} size. */
    static CropSize size(Box box, ImageSize input) {
        double w = input.width();
        double h = input.height();
        boolean normalized = box.convention() == BoxConvention.NORMALIZED;
        double x1 = clamp((normalized ? box.x1() : box.x1() / w) - PADDING);
        double y1 = clamp((normalized ? box.y1() : box.y1() / h) - PADDING);
        double x2 = clamp((normalized ? box.x2() : box.x2() / w) + PADDING);
        double y2 = clamp((normalized ? box.y2() : box.y2() / h) + PADDING);
        long width = (long) (Math.rint(x2 * w) - Math.rint(x1 * w));
        long height = (long) (Math.rint(y2 * h) - Math.rint(y1 * h));
        return new CropSize(width, height);
    }

    private static double clamp(double v) {
        return Math.min(Math.max(0, v), 1);
    }

    /** A crop size that may be zero or negative (a reversed box), unlike {@link ImageSize}. */
    record CropSize(long width, long height) {
        boolean tooSmall() {
            return width <= MIN_SIDE_EXCLUSIVE || height <= MIN_SIDE_EXCLUSIVE;
        }
    }
}
