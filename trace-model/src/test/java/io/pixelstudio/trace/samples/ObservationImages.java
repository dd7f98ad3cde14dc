package io.pixelstudio.trace.samples;

import io.pixelstudio.trace.synth.ObservationImageWriter;
import io.pixelstudio.trace.synth.ObservationSink;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * Where the sample's observation images go: {@code media/crops/} of the sample folder, written by
 * the same {@link ObservationImageWriter} synthesis uses (smaller of PNG and JPEG).
 */
final class ObservationImages implements ObservationSink {

    static final String FOLDER = "media/crops";

    private final ObservationImageWriter writer;

    ObservationImages(Path sampleDir) {
        this.writer = new ObservationImageWriter(sampleDir, FOLDER);
    }

    /** Saves {@code image} as {@code media/crops/<name>.png|.jpg} and returns that relative path. */
    @Override
    public String save(BufferedImage image, String name) {
        return writer.save(image, name);
    }
}
