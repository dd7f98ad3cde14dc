package io.pixelstudio.bridge.agent;

import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * Where observation images (crops, selected frames) go so that the trace can reference them by
 * path, as every trace format does. The replayed crop is the source of truth; the stored file is
 * for people and for tools that read the image items.
 */
public interface ImageSink {

    /**
     * Stores one image and returns the path to write into the trace.
     *
     * @param traceId    the conversation's id
     * @param turnIndex  the observation turn's index
     * @param imageIndex the image's position in that turn
     */
    String store(String traceId, int turnIndex, int imageIndex, BufferedImage image) throws IOException;
}
