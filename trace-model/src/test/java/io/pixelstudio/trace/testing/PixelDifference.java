package io.pixelstudio.trace.testing;

import java.awt.image.BufferedImage;

/**
 * Per-channel differences between two RGB images, for comparing decoded, cropped or resized pixels
 * with Pillow goldens. One copy for the media and ops tests, so "matches exactly" means the same
 * thing in both.
 */
public final class PixelDifference {

    private PixelDifference() {
    }

    /** Largest absolute difference of any R, G or B channel of any pixel; fails when sizes differ. */
    public static int max(BufferedImage a, BufferedImage b) {
        requireSameSize(a, b);
        int max = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    max = Math.max(max, Math.abs(((p >> shift) & 0xFF) - ((q >> shift) & 0xFF)));
                }
            }
        }
        return max;
    }

    /** Mean absolute difference over every R, G and B channel of every pixel; fails when sizes differ. */
    public static double mean(BufferedImage a, BufferedImage b) {
        requireSameSize(a, b);
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    sum += Math.abs(((p >> shift) & 0xFF) - ((q >> shift) & 0xFF));
                }
            }
        }
        return sum / (3.0 * a.getWidth() * a.getHeight());
    }

    private static void requireSameSize(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            throw new AssertionError("sizes differ: " + a.getWidth() + "x" + a.getHeight() + " vs "
                    + b.getWidth() + "x" + b.getHeight());
        }
    }
}
