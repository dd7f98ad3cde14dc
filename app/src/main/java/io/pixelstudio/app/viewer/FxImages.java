package io.pixelstudio.app.viewer;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.Raster;
import java.awt.image.SinglePixelPackedSampleModel;
import java.nio.IntBuffer;
import java.util.Objects;

/**
 * Converts between AWT images (what trace-model decodes and crops) and JavaFX images, exactly:
 * bulk copies of the int raster each way rather than a pixel loop or a PNG round trip, so a crop
 * shows the operation's pixels unchanged and a 12-megapixel image converts in milliseconds. Packed
 * int images ({@code INT_RGB}, which {@code ImageLoader} returns, {@code INT_ARGB},
 * {@code INT_ARGB_PRE}, sub-images of them) are written straight from their raster; other layouts
 * go through {@link BufferedImage#getRGB} once. Does not need the FX thread.
 */
public final class FxImages {

    private FxImages() {
    }

    /** A JavaFX copy of {@code image}; opaque pixels are copied bit for bit. */
    public static WritableImage toFx(BufferedImage image) {
        Objects.requireNonNull(image, "image");
        int w = image.getWidth();
        int h = image.getHeight();
        WritableImage fx = new WritableImage(w, h);
        Raster raster = image.getRaster();
        if (raster.getDataBuffer() instanceof DataBufferInt buffer
                && raster.getSampleModel() instanceof SinglePixelPackedSampleModel model
                && buffer.getNumBanks() == 1 && isPackedInt(image.getType())) {
            int stride = model.getScanlineStride();
            int offset = buffer.getOffset() + model.getOffset(
                    -raster.getSampleModelTranslateX(), -raster.getSampleModelTranslateY());
            writePacked(fx, image.getType(), buffer.getData(), offset, stride, w, h);
        } else {
            int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
            fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        }
        return fx;
    }

    /** An AWT {@link BufferedImage#TYPE_INT_ARGB} copy of {@code image}. */
    public static BufferedImage toAwt(Image image) {
        Objects.requireNonNull(image, "image");
        PixelReader reader = image.getPixelReader();
        if (reader == null) {
            throw new IllegalArgumentException("the image has no readable pixels (still loading or failed)");
        }
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage awt = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        int[] data = ((DataBufferInt) awt.getRaster().getDataBuffer()).getData();
        reader.getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), data, 0, w);
        return awt;
    }

    private static boolean isPackedInt(int type) {
        return type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB
                || type == BufferedImage.TYPE_INT_ARGB_PRE;
    }

    /**
     * Writes rows of a packed int raster. {@code INT_RGB} leaves the top byte undefined, so its rows
     * get an opaque alpha on the way (one row buffer, no per-pixel colour-model calls).
     */
    private static void writePacked(WritableImage fx, int type, int[] data, int offset, int stride, int w, int h) {
        if (type == BufferedImage.TYPE_INT_ARGB) {
            fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), data, offset, stride);
        } else if (type == BufferedImage.TYPE_INT_ARGB_PRE) {
            fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), data, offset, stride);
        } else {
            int[] row = new int[w];
            IntBuffer rowBuffer = IntBuffer.wrap(row);
            for (int y = 0; y < h; y++) {
                int start = offset + y * stride;
                for (int x = 0; x < w; x++) {
                    row[x] = 0xff000000 | data[start + x];
                }
                fx.getPixelWriter().setPixels(0, y, w, 1, PixelFormat.getIntArgbPreInstance(), rowBuffer, w);
            }
        }
    }
}
