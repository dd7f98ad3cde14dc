package io.pixelstudio.trace;

/**
 * The coordinate system a {@link Box} is written in. The reference zoom-in tool accepts either
 * normalized boxes or pixel boxes of the <em>resized</em> model input, and researchers annotate in
 * pixels of the original file, so a box always says which one it is.
 */
public enum BoxConvention {
    /** Fractions of width and height, 0 to 1. */
    NORMALIZED,
    /** Pixels of the original image file. */
    ORIGINAL_PIXELS,
    /** Pixels of the image as resized for the model (Qwen2.5-VL smart resize). */
    MODEL_INPUT_PIXELS
}
