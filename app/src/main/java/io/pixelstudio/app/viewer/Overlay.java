package io.pixelstudio.app.viewer;

import javafx.scene.canvas.GraphicsContext;

/**
 * Something drawn over the viewer's image. The viewer sets the graphics transform to the view
 * transform before calling, so an overlay draws in original-image pixels and stays registered with
 * the image however it is zoomed; it divides line widths by {@code t.scale()} to keep strokes a
 * constant width on screen. The viewer saves and restores the graphics state around each call.
 */
@FunctionalInterface
public interface Overlay {

    void paint(GraphicsContext g, ViewTransform t);
}
