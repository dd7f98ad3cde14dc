package io.pixelstudio.app.studio.pending;

/** Temporary stand-in for viewer.CropPanel. */
public final class CropPanel extends javafx.scene.layout.BorderPane {
    public void show(io.pixelstudio.trace.ops.ReplayStep step) { }
    public javafx.scene.image.Image displayedImage() { return null; }
}
