package io.pixelstudio.trace.media;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferInt;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.util.Objects;

/**
 * Turns decoded samples into 8-bit RGB exactly as PIL's {@code convert("RGB")} (plus qwen_vl_utils'
 * {@code to_rgb}) would, working on raw raster samples rather than Java's colour management.
 *
 * <p>Why: crops and rewards are only reproducible if the studio sees the model's pixels. PIL reads
 * 16-bit colour PNGs by keeping the high byte, clips 16-bit greyscale to 255 (it becomes mode
 * {@code I}), ignores embedded ICC profiles, expands 1/2/4-bit grey linearly, and converts CMYK
 * with a plain formula; Java's {@code getRGB} instead gamma-converts linear grey, applies ICC
 * profiles and rounds 16-bit samples. Layouts this class does not know (e.g. floating-point TIFF)
 * fall back to Java's own conversion. Public because the visual operations ({@code ops}) convert
 * images the same way before cropping and resizing; there is one conversion, not two.
 */
public final class PilRgbConverter {

    private static final int WHITE = 255;

    private PilRgbConverter() {
    }

    /**
     * RGB pixels of a decoded image, honouring {@code alphaMode} for RGB+alpha layouts: a
     * {@link BufferedImage#TYPE_INT_RGB} image (already converted, e.g. by {@link ImageLoader}) is
     * returned as is; any other layout is copied into a new {@code TYPE_INT_RGB} image.
     */
    public static BufferedImage toRgb(BufferedImage image, AlphaMode alphaMode) {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(alphaMode, "alphaMode");
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        ColorModel cm = image.getColorModel();
        Raster raster = cm.isAlphaPremultiplied() ? unpremultiplied(image) : image.getRaster();
        if (cm instanceof IndexColorModel icm) {
            return fromPalette(raster, icm);
        }
        int colourBands = cm.getNumColorComponents();
        int csType = cm.getColorSpace().getType();
        boolean integerSamples = raster.getTransferType() != DataBuffer.TYPE_FLOAT
                && raster.getTransferType() != DataBuffer.TYPE_DOUBLE;
        if (integerSamples && colourBands == 1 && csType == ColorSpace.TYPE_GRAY) {
            return fromGray(raster);
        }
        if (integerSamples && colourBands == 3 && csType == ColorSpace.TYPE_RGB) {
            boolean composite = cm.hasAlpha() && raster.getNumBands() == 4
                    && alphaMode == AlphaMode.COMPOSITE_RGBA_ON_WHITE;
            return fromRgb(raster, composite);
        }
        if (integerSamples && colourBands == 4 && csType == ColorSpace.TYPE_CMYK
                && cm.getComponentSize(0) == 8) {
            return fromPilCmyk(raster);
        }
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        out.createGraphics().drawImage(image, 0, 0, null);
        return out;
    }

    /** The samples of a premultiplied image with colour divided back out, as PIL's modes store them. */
    private static Raster unpremultiplied(BufferedImage image) {
        WritableRaster copy = image.copyData(null);
        image.getColorModel().coerceData(copy, false);
        return copy;
    }

    /**
     * RGB pixels of raw CMYK samples already in PIL's convention (0 = no ink), using PIL's
     * {@code cmyk2rgb}: {@code R = (255-K) - (C*(255-K))/255}, rounded as PIL rounds.
     */
    static BufferedImage fromPilCmyk(Raster raster) {
        return convertRows(raster, (row, x) -> {
            int i = x * 4;
            int nk = WHITE - row[i + 3];
            return rgb(clip8(nk - mulDiv255(row[i], nk)), clip8(nk - mulDiv255(row[i + 1], nk)),
                    clip8(nk - mulDiv255(row[i + 2], nk)));
        });
    }

    private static BufferedImage fromPalette(Raster raster, IndexColorModel icm) {
        return convertRows(raster, (row, x) -> icm.getRGB(row[x]) & 0xFFFFFF);
    }

    private static BufferedImage fromGray(Raster raster) {
        int bits = raster.getSampleModel().getSampleSize(0);
        int bands = raster.getNumBands();
        return convertRows(raster, (row, x) -> {
            int v = grayTo8(row[x * bands], bits);
            return rgb(v, v, v);
        });
    }

    private static BufferedImage fromRgb(Raster raster, boolean composite) {
        int bits = raster.getSampleModel().getSampleSize(0);
        int bands = raster.getNumBands();
        return convertRows(raster, (row, x) -> {
            int i = x * bands;
            int r = colourTo8(row[i], bits);
            int g = colourTo8(row[i + 1], bits);
            int b = colourTo8(row[i + 2], bits);
            if (composite) {
                int a = colourTo8(row[i + 3], bits);
                return rgb(blendOnWhite(r, a), blendOnWhite(g, a), blendOnWhite(b, a));
            }
            return rgb(r, g, b);
        });
    }

    /** Maps one pixel of an interleaved row of samples to packed 0xRRGGBB. */
    @FunctionalInterface
    private interface PixelMapper {
        int map(int[] row, int x);
    }

    private static BufferedImage convertRows(Raster raster, PixelMapper mapper) {
        int w = raster.getWidth();
        int h = raster.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] target = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
        int[] row = new int[w * raster.getNumBands()];
        for (int y = 0; y < h; y++) {
            raster.getPixels(raster.getMinX(), raster.getMinY() + y, w, 1, row);
            int offset = y * w;
            for (int x = 0; x < w; x++) {
                target[offset + x] = mapper.map(row, x);
            }
        }
        return out;
    }

    private static int rgb(int r, int g, int b) {
        return (r << 16) | (g << 8) | b;
    }

    /** PIL keeps the most significant byte of 16-bit colour samples; low depths scale linearly. */
    static int colourTo8(int sample, int bits) {
        if (bits == 8) {
            return sample;
        }
        if (bits > 8) {
            return sample >>> (bits - 8);
        }
        return sample * WHITE / ((1 << bits) - 1);
    }

    /** PIL opens 16-bit grey as 32-bit integer mode {@code I}; converting clips to 0..255. */
    static int grayTo8(int sample, int bits) {
        if (bits > 8) {
            return Math.min(sample, WHITE);
        }
        return colourTo8(sample, bits);
    }

    /** PIL's {@code paste(im, mask=alpha)} onto white: {@code DIV255(255*(255-a) + v*a)}. */
    static int blendOnWhite(int value, int alpha) {
        int tmp = WHITE * (WHITE - alpha) + value * alpha + 128;
        return ((tmp >> 8) + tmp) >> 8;
    }

    private static int mulDiv255(int a, int b) {
        int tmp = a * b + 128;
        return ((tmp >> 8) + tmp) >> 8;
    }

    private static int clip8(int v) {
        return Math.max(0, Math.min(WHITE, v));
    }
}
