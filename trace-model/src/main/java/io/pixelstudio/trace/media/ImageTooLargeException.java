package io.pixelstudio.trace.media;

import java.nio.file.Path;

/**
 * An image whose header claims more pixels than the loader's limit. Thrown before any pixel is
 * decoded, so a decompression bomb (a tiny file declaring a gigantic size) cannot exhaust memory.
 */
public class ImageTooLargeException extends MediaDecodeException {

    private static final long serialVersionUID = 1L;

    private final ImageSize size;
    private final long maxPixels;

    public ImageTooLargeException(Path file, ImageSize size, long maxPixels) {
        super(file, String.format("image is %dx%d = %,d pixels, over the limit of %,d pixels "
                + "(possible decompression bomb; raise the limit only for files you trust)",
                size.width(), size.height(), size.pixels(), maxPixels));
        this.size = size;
        this.maxPixels = maxPixels;
    }

    /** The size the header declares. */
    public ImageSize size() {
        return size;
    }

    /** The limit that was exceeded. */
    public long maxPixels() {
        return maxPixels;
    }
}
