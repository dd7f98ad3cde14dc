package io.pixelstudio.trace.ops;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.Raster;
import java.util.Objects;

/**
 * The reference's {@code to_rgb}: an image with an alpha channel (Pillow mode RGBA) is composited
 * onto white with Pillow's paste arithmetic; every other image is converted to RGB, dropping any
 * alpha (gray+alpha and palette images, as Pillow's {@code convert("RGB")} does). Gray samples are
 * read from the raster, not through Java's colour management, which would alter them.
 */
public final class RgbConversion {

    private RgbConversion() {
    }

    /** {@code image} as an opaque {@link BufferedImage#TYPE_INT_RGB} image (the same object when it already is one). */
    public static BufferedImage toRgb(BufferedImage image) {
        Objects.requireNonNull(image, "image");
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        Raster raster = image.getRaster();
        int bands = raster.getNumBands();
        boolean direct = image.getColorModel() instanceof ComponentColorModel
                && raster.getSampleModel().getSampleSize(0) == 8;
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[w];
        int[] samples = new int[bands];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                row[x] = direct ? fromSamples(raster.getPixel(x, y, samples), bands) : fromArgb(image.getRGB(x, y), image);
            }
            out.setRGB(0, y, w, 1, row, 0, w);
        }
        return out;
    }

    private static int fromSamples(int[] s, int bands) {
        return switch (bands) {
            case 1, 2 -> rgb(s[0], s[0], s[0]);
            case 3 -> rgb(s[0], s[1], s[2]);
            default -> rgb(overWhite(s[0], s[3]), overWhite(s[1], s[3]), overWhite(s[2], s[3]));
        };
    }

    private static int fromArgb(int argb, BufferedImage image) {
        int r = (argb >> 16) & 0xff;
        int g = (argb >> 8) & 0xff;
        int b = argb & 0xff;
        boolean rgba = image.getColorModel().hasAlpha() && image.getColorModel().getNumComponents() == 4
                && !(image.getColorModel() instanceof java.awt.image.IndexColorModel);
        if (!rgba) {
            return rgb(r, g, b);
        }
        int a = argb >>> 24;
        return rgb(overWhite(r, a), overWhite(g, a), overWhite(b, a));
    }

    /** Pillow's paste with an L mask over 255: {@code DIV255(255*(255-a) + c*a)} with its rounding. */
    static int overWhite(int c, int a) {
        int tmp = 255 * (255 - a) + c * a + 128;
        return ((tmp >> 8) + tmp) >> 8;
    }

    private static int rgb(int r, int g, int b) {
        return 0xff000000 | r << 16 | g << 8 | b;
    }
}
