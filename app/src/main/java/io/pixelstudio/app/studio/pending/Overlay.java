package io.pixelstudio.app.studio.pending;

/** Temporary stand-in for viewer.Overlay. */
public interface Overlay {
    void paint(javafx.scene.canvas.GraphicsContext g, ViewTransform t);
}
