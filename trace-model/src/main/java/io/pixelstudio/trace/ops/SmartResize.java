package io.pixelstudio.trace.ops;

import io.pixelstudio.trace.media.ImageSize;

import java.util.Objects;

/**
 * Qwen2.5-VL's {@code smart_resize} (qwen-vl-utils): the size an image is resized to before the
 * model sees it. Each side becomes a multiple of 28; the area is scaled into the bounds, keeping
 * the aspect ratio as well as the rounding allows. Arithmetic follows the Python code step by step
 * (Python {@code round} is half-to-even, as {@link Math#rint}), so sizes match to the pixel.
 */
public final class SmartResize {

    /** Side lengths are multiples of this (patch 14 x merge 2). */
    public static final int FACTOR = 28;
    /** Images more elongated than this are refused. */
    public static final int MAX_RATIO = 200;

    private SmartResize() {
    }

    /**
     * The resized size of a {@code width}x{@code height} image.
     *
     * @throws IllegalArgumentException with Python's message when the aspect ratio exceeds 200
     */
    public static ImageSize fit(int width, int height, PixelBounds bounds) {
        Objects.requireNonNull(bounds, "bounds");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive: " + width + "x" + height);
        }
        double ratio = (double) Math.max(height, width) / Math.min(height, width);
        if (ratio > MAX_RATIO) {
            throw new IllegalArgumentException("absolute aspect ratio must be smaller than " + MAX_RATIO
                    + ", got " + PythonText.floatRepr(ratio));
        }
        long hBar = Math.max(FACTOR, roundByFactor(height));
        long wBar = Math.max(FACTOR, roundByFactor(width));
        long area = (long) height * width;
        if (hBar * wBar > bounds.maxPixels()) {
            double beta = Math.sqrt((double) area / bounds.maxPixels());
            hBar = Math.max(FACTOR, floorByFactor(height / beta));
            wBar = Math.max(FACTOR, floorByFactor(width / beta));
        } else if (hBar * wBar < bounds.minPixels()) {
            double beta = Math.sqrt((double) bounds.minPixels() / area);
            hBar = ceilByFactor(height * beta);
            wBar = ceilByFactor(width * beta);
        }
        return new ImageSize(Math.toIntExact(wBar), Math.toIntExact(hBar));
    }

    /** The size for an {@link ImageSize}. */
    public static ImageSize fit(ImageSize size, PixelBounds bounds) {
        return fit(size.width(), size.height(), bounds);
    }

    /** Visual tokens of an image of this (already resized) size: (h/28)·(w/28). */
    public static long visualTokens(ImageSize resized) {
        return (long) (resized.height() / FACTOR) * (resized.width() / FACTOR);
    }

    private static long roundByFactor(double number) {
        return (long) Math.rint(number / FACTOR) * FACTOR;
    }

    private static long floorByFactor(double number) {
        return (long) Math.floor(number / FACTOR) * FACTOR;
    }

    private static long ceilByFactor(double number) {
        return (long) Math.ceil(number / FACTOR) * FACTOR;
    }
}
