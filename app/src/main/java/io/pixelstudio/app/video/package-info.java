/**
 * Video in the studio: frames as a {@link io.pixelstudio.app.video.FrameSource} (the 16 frame images
 * of the Pixel Reasoner format, or a real video file decoded frame-accurately), a byte-bounded
 * {@link io.pixelstudio.app.video.ThumbnailCache}, the virtualized
 * {@link io.pixelstudio.app.video.FrameStrip} that marks the frames a {@code select_frames} call chose,
 * and {@link io.pixelstudio.app.video.FramePreview} for showing one frame large. All decoding runs on
 * an injected executor; only the latest request's result reaches the screen.
 */
package io.pixelstudio.app.video;
