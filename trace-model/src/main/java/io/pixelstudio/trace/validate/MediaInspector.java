package io.pixelstudio.trace.validate;

import io.pixelstudio.trace.media.ImageSize;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What validation needs to know about a media file without decoding it: whether it exists and the
 * pixel size in its header. An interface so tests can inject sizes without writing images.
 */
public interface MediaInspector {

    /** True when {@code file} is an existing regular file. */
    boolean exists(Path file);

    /**
     * Width and height from the image header.
     *
     * @throws IOException when the file cannot be read or is not an image format the studio reads
     */
    ImageSize imageSize(Path file) throws IOException;
}
