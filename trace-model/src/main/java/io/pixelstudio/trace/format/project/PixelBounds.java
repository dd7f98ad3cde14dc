package io.pixelstudio.trace.format.project;

/**
 * The pixel range images were resized into (Qwen2.5-VL smart resize {@code min_pixels} /
 * {@code max_pixels}) when the project's crops, token counts and scores were made. Stored with the
 * project because a crop or a visual-token count only reproduces under the same bounds.
 */
public record PixelBounds(long minPixels, long maxPixels) {

    public PixelBounds {
        if (minPixels <= 0 || maxPixels < minPixels) {
            throw new IllegalArgumentException("pixel bounds need 0 < minPixels <= maxPixels, got ["
                    + minPixels + ", " + maxPixels + "]");
        }
    }
}
