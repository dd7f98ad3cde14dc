package io.pixelstudio.app.viewer;

import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;

import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;

/** Pixel assertions for the viewer tests. */
final class Pixels {

    private Pixels() {
    }

    static boolean near(Color a, Color b, double tolerance) {
        return Math.abs(a.getRed() - b.getRed()) <= tolerance && Math.abs(a.getGreen() - b.getGreen()) <= tolerance
                && Math.abs(a.getBlue() - b.getBlue()) <= tolerance;
    }

    /** True when some pixel within {@code radius} of {@code (x, y)} has {@code colour}. */
    static boolean hasColourNear(Image image, double x, double y, int radius, Color colour, double tolerance) {
        PixelReader reader = image.getPixelReader();
        int cx = (int) Math.round(x);
        int cy = (int) Math.round(y);
        for (int dy = -radius; dy <= radius; dy++) {
            for (int dx = -radius; dx <= radius; dx++) {
                int px = cx + dx;
                int py = cy + dy;
                if (px >= 0 && py >= 0 && px < image.getWidth() && py < image.getHeight()
                        && near(reader.getColor(px, py), colour, tolerance)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Asserts every pixel of {@code actual} equals {@code expected}'s (ARGB, alpha forced opaque for opaque sources). */
    static void assertSamePixels(BufferedImage actual, BufferedImage expected) {
        assertThat(actual.getWidth()).as("width").isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).as("height").isEqualTo(expected.getHeight());
        int w = expected.getWidth();
        int h = expected.getHeight();
        int[] a = actual.getRGB(0, 0, w, h, null, 0, w);
        int[] e = expected.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < e.length; i++) {
            if (a[i] != e[i]) {
                throw new AssertionError(String.format("pixel (%d, %d): expected %08x, got %08x", i % w, i / w, e[i], a[i]));
            }
        }
    }
}
