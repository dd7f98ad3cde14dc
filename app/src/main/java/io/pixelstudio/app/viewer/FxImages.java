package io.pixelstudio.app.viewer;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Objects;

/**
 * Converts between AWT images (what trace-model decodes and crops) and JavaFX images, exactly:
 * one bulk ARGB copy each way rather than a pixel loop or a PNG round trip, so a crop shows the
 * operation's pixels unchanged and a 12-megapixel image converts in milliseconds. Does not need
 * the FX thread.
 */
public final class FxImages {

    private FxImages() {
    }

    /** A JavaFX copy of {@code image}; opaque pixels are copied bit for bit. */
    public static WritableImage toFx(BufferedImage image) {
        Objects.requireNonNull(image, "image");
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = argbPixels(image);
        WritableImage fx = new WritableImage(w, h);
        fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
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

    /** The pixels as non-premultiplied ARGB rows: the raster itself when it already is exactly that. */
    private static int[] argbPixels(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        if (image.getType() == BufferedImage.TYPE_INT_ARGB && image.getRaster().getDataBuffer() instanceof DataBufferInt buffer
                && image.getRaster().getParent() == null && buffer.getData().length == w * h) {
            return buffer.getData();
        }
        return image.getRGB(0, 0, w, h, null, 0, w);
    }
}
