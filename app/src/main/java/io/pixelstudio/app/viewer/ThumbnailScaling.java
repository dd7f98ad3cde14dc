package io.pixelstudio.app.viewer;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * Downscaling for thumbnails, shared by the reasoning pane's observation thumbnails and the frame
 * strip. A single bilinear step from 1280 px to 128 px skips most source pixels and shimmers;
 * halving first keeps small images faithful enough to tell a red light from a green one. Images
 * are never enlarged. Does not need the FX thread.
 */
public final class ThumbnailScaling {

    private ThumbnailScaling() {
    }

    /**
     * {@code image} at most {@code maxHeight} pixels high, aspect kept.
     *
     * @param imageType the {@link BufferedImage} type of the result, e.g. {@link BufferedImage#TYPE_INT_ARGB}
     */
    public static BufferedImage toHeight(BufferedImage image, int maxHeight, int imageType) {
        Objects.requireNonNull(image, "image");
        if (maxHeight < 1) {
            throw new IllegalArgumentException("maxHeight must be positive: " + maxHeight);
        }
        int targetH = Math.min(maxHeight, image.getHeight());
        int targetW = Math.max(1, (int) Math.round(image.getWidth() * (double) targetH / image.getHeight()));
        return halvedTo(image, targetW, targetH, imageType);
    }

    /**
     * {@code image} with its longer side at most {@code maxSide} pixels, aspect kept.
     *
     * @param imageType the {@link BufferedImage} type of the result, e.g. {@link BufferedImage#TYPE_INT_RGB}
     */
    public static BufferedImage toLongerSide(BufferedImage image, int maxSide, int imageType) {
        Objects.requireNonNull(image, "image");
        if (maxSide < 1) {
            throw new IllegalArgumentException("maxSide must be positive: " + maxSide);
        }
        double factor = Math.min(1.0, (double) maxSide / Math.max(image.getWidth(), image.getHeight()));
        int targetW = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int targetH = Math.max(1, (int) Math.round(image.getHeight() * factor));
        return halvedTo(image, targetW, targetH, imageType);
    }

    /** Halves {@code image} (bilinear) step by step down to {@code targetW x targetH}; always draws at least once. */
    private static BufferedImage halvedTo(BufferedImage image, int targetW, int targetH, int imageType) {
        BufferedImage current = image;
        int w = image.getWidth();
        int h = image.getHeight();
        do {
            w = Math.max(targetW, w / 2);
            h = Math.max(targetH, h / 2);
            current = drawn(current, w, h, imageType);
        } while (w != targetW || h != targetH);
        return current;
    }

    private static BufferedImage drawn(BufferedImage source, int w, int h, int imageType) {
        BufferedImage out = new BufferedImage(w, h, imageType);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(source, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
