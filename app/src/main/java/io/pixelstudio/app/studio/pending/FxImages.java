package io.pixelstudio.app.studio.pending;

import java.awt.image.BufferedImage;

/** Temporary stand-in for viewer.FxImages. */
public final class FxImages {
    private FxImages() { }
    public static javafx.scene.image.WritableImage toFx(BufferedImage image) {
        return new javafx.scene.image.WritableImage(image.getWidth(), image.getHeight());
    }
}
