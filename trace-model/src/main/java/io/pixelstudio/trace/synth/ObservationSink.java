package io.pixelstudio.trace.synth;

import java.awt.image.BufferedImage;

/**
 * Where the images a tool call returned (crops, selected frames) are stored while a trace is built.
 * An interface so that the sample generator, the batch synthesizer and the app's preview can each
 * decide where the files go (or keep them in memory) while building traces the same way.
 */
@FunctionalInterface
public interface ObservationSink {

    /**
     * Stores {@code image} under a name derived from {@code name} (no extension) and returns the
     * path the trace writes for it.
     */
    String save(BufferedImage image, String name);
}
