package io.pixelstudio.app.video;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Downscaling for thumbnails. A single bilinear step from 1280 px to 128 px skips most source
 * pixels and shimmers; halving first keeps small frames faithful enough to tell a red light from a
 * green one.
 */
final class Thumbnails {

    private Thumbnails() {
    }

    /** {@code image} with its longer side at most {@code maxSide} pixels, aspect kept, never enlarged. */
    static BufferedImage scale(BufferedImage image, int maxSide) {
        if (maxSide < 1) {
            throw new IllegalArgumentException("maxSide must be positive: " + maxSide);
        }
        double factor = Math.min(1.0, (double) maxSide / Math.max(image.getWidth(), image.getHeight()));
        int targetW = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int targetH = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage current = image;
        int w = image.getWidth();
        int h = image.getHeight();
        do {
            w = Math.max(targetW, w / 2);
            h = Math.max(targetH, h / 2);
            current = drawn(current, w, h);
        } while (w != targetW || h != targetH);
        return current;
    }

    private static BufferedImage drawn(BufferedImage source, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
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
