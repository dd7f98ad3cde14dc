/**
 * The studio's image viewer: one {@link javafx.scene.canvas.Canvas} drawn through one
 * image-to-screen {@link io.pixelstudio.app.viewer.ViewTransform}, with overlays (zoom boxes by
 * step, evidence, the model's 28-px token grid) painted in original-image pixels; the crop panel
 * that shows, at its true resolution, exactly what a replayed operation gave the model; and the
 * model's-eye view of a resized input; and the image utilities (FX conversion, thumbnail
 * downscaling) that the reasoning pane and the frame strip share.
 */
package io.pixelstudio.app.viewer;
