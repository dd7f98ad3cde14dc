package io.pixelstudio.app.video;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import java.awt.image.BufferedImage;

/**
 * Copies decoded frames into JavaFX images. Done on the background thread (an image not yet in a
 * scene may be built on any thread), so the FX thread only swaps the finished image in.
 */
final class FxFrames {

    private FxFrames() {
    }

    /** The same pixels as a JavaFX image (opaque frames stay opaque: {@code getRGB} yields alpha 255). */
    static WritableImage toFx(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        WritableImage fx = new WritableImage(w, h);
        fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return fx;
    }
}
