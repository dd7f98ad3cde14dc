package io.pixelstudio.trace.media;

/** Width and height in pixels, as stored (before any EXIF rotation is applied) unless said otherwise. */
public record ImageSize(int width, int height) {

    public ImageSize {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive: " + width + "x" + height);
        }
    }

    public long pixels() {
        return (long) width * height;
    }
}
