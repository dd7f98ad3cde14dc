package io.pixelstudio.app.studio.pending;

import io.pixelstudio.trace.media.ImageLoader;

import java.nio.file.Path;
import java.util.List;

/** Temporary stand-in for video.FrameSource. */
public interface FrameSource {
    int frameCount();
    java.awt.image.BufferedImage frame(int index);
    String label(int index);
    static FrameSource ofImages(List<Path> frameFiles, ImageLoader loader) { return null; }
}
