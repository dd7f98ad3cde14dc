package io.pixelstudio.app.studio.pending;

/** Temporary stand-in for viewer.TokenGridOverlay. */
public final class TokenGridOverlay implements Overlay {
    public TokenGridOverlay(int originalW, int originalH, int inputW, int inputH) { }
    @Override public void paint(javafx.scene.canvas.GraphicsContext g, ViewTransform t) { }
}
