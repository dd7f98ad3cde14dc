package io.pixelstudio.app.studio.pending;

/** Temporary stand-in for viewer.EvidenceOverlay. */
public final class EvidenceOverlay implements Overlay {
    public EvidenceOverlay(java.util.List<io.pixelstudio.trace.Box> originalPixelBoxes) { }
    @Override public void paint(javafx.scene.canvas.GraphicsContext g, ViewTransform t) { }
}
