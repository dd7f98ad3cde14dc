package io.pixelstudio.trace.ops;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Test images: the deterministic pattern the Pillow goldens were made from, and the goldens. */
final class TestImages {

    private TestImages() {
    }

    /** The same formula as the one-off Pillow script that wrote {@code pil/*.png}. */
    static BufferedImage pattern(int w, int h, int seed) {
        BufferedImage im = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int v = (x * 73 + y * 151 + seed * 29) ^ (x * y * 7);
                int r = v % 256;
                int g = (v * 3 + 17) % 256;
                int b = ((x + seed) * 41 + y * y * 5) % 256;
                im.setRGB(x, y, r << 16 | g << 8 | b);
            }
        }
        return im;
    }

    static BufferedImage constant(int w, int h, int rgb) {
        BufferedImage im = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                im.setRGB(x, y, rgb);
            }
        }
        return im;
    }

    static BufferedImage golden(String name) {
        try (InputStream in = TestImages.class.getResourceAsStream("pil/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource pil/" + name);
            }
            return ImageIO.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
