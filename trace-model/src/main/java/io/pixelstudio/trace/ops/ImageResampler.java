package io.pixelstudio.trace.ops;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * Resizes an RGB image exactly as Pillow's {@code Image.resize(size, BICUBIC)} does for 8-bit
 * images, which is what qwen-vl-utils and the reference environment call: a separable convolution
 * with the cubic kernel a = -0.5, its support widened by the downscale factor (antialiasing), a
 * horizontal pass then a vertical pass, each with Pillow's 22-bit fixed-point coefficients,
 * rounding and clamping to 0..255 in between. Matching it bit for bit is what lets the studio show
 * "exactly what the model saw" rather than a look-alike.
 */
public final class ImageResampler {

    private static final int PRECISION_BITS = 32 - 8 - 2;
    private static final double SUPPORT = 2.0;

    private ImageResampler() {
    }

    /** A copy of {@code source} (read as RGB) resized to {@code width}x{@code height}. */
    public static BufferedImage resize(BufferedImage source, int width, int height) {
        Objects.requireNonNull(source, "source");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("target size must be positive: " + width + "x" + height);
        }
        int inW = source.getWidth();
        int inH = source.getHeight();
        int[] pixels = source.getRGB(0, 0, inW, inH, null, 0, inW);
        int curW = inW;
        if (width != inW) {
            pixels = horizontal(pixels, inW, inH, width);
            curW = width;
        }
        if (height != inH) {
            pixels = vertical(pixels, curW, inH, height);
        }
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, width, height, pixels, 0, width);
        return out;
    }

    /** Pillow's {@code bicubic_filter}. */
    static double cubic(double x) {
        double a = -0.5;
        double t = Math.abs(x);
        if (t < 1.0) {
            return ((a + 2.0) * t - (a + 3.0)) * t * t + 1;
        }
        if (t < 2.0) {
            return (((t - 5) * t + 8) * t - 4) * a;
        }
        return 0.0;
    }

    /** Fixed-point coefficients of one output position: first input index and weights. */
    private record Window(int start, int[] weights) {
    }

    /** Pillow's {@code precompute_coeffs} then {@code normalize_coeffs_8bpc}. */
    static Window[] coefficients(int inSize, int outSize) {
        double scale = (double) inSize / outSize;
        double filterScale = Math.max(scale, 1.0);
        double support = SUPPORT * filterScale;
        Window[] windows = new Window[outSize];
        for (int xx = 0; xx < outSize; xx++) {
            double center = (xx + 0.5) * scale;
            double ss = 1.0 / filterScale;
            int xmin = Math.max((int) (center - support + 0.5), 0);
            int xmax = Math.min((int) (center + support + 0.5), inSize) - xmin;
            double[] k = new double[Math.max(xmax, 0)];
            double total = 0.0;
            for (int x = 0; x < k.length; x++) {
                k[x] = cubic((x + xmin - center + 0.5) * ss);
                total += k[x];
            }
            int[] fixed = new int[k.length];
            for (int x = 0; x < k.length; x++) {
                double w = total != 0.0 ? k[x] / total : k[x];
                fixed[x] = (int) (w < 0 ? -0.5 + w * (1 << PRECISION_BITS) : 0.5 + w * (1 << PRECISION_BITS));
            }
            windows[xx] = new Window(xmin, fixed);
        }
        return windows;
    }

    private static int[] horizontal(int[] in, int inW, int h, int outW) {
        Window[] windows = coefficients(inW, outW);
        int[] out = new int[outW * h];
        for (int y = 0; y < h; y++) {
            int row = y * inW;
            for (int xx = 0; xx < outW; xx++) {
                Window win = windows[xx];
                out[y * outW + xx] = convolve(in, row + win.start(), 1, win.weights());
            }
        }
        return out;
    }

    private static int[] vertical(int[] in, int w, int inH, int outH) {
        Window[] windows = coefficients(inH, outH);
        int[] out = new int[w * outH];
        for (int yy = 0; yy < outH; yy++) {
            Window win = windows[yy];
            for (int x = 0; x < w; x++) {
                out[yy * w + x] = convolve(in, win.start() * w + x, w, win.weights());
            }
        }
        return out;
    }

    private static int convolve(int[] pixels, int first, int stride, int[] weights) {
        int half = 1 << (PRECISION_BITS - 1);
        int r = half;
        int g = half;
        int b = half;
        for (int i = 0; i < weights.length; i++) {
            int p = pixels[first + i * stride];
            int k = weights[i];
            r += ((p >> 16) & 0xff) * k;
            g += ((p >> 8) & 0xff) * k;
            b += (p & 0xff) * k;
        }
        return 0xff000000 | clip8(r) << 16 | clip8(g) << 8 | clip8(b);
    }

    private static int clip8(int value) {
        int shifted = value >> PRECISION_BITS;
        return shifted < 0 ? 0 : Math.min(shifted, 255);
    }
}
