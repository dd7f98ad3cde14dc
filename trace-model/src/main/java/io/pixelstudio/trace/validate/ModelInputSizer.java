package io.pixelstudio.trace.validate;

import io.pixelstudio.trace.media.ImageSize;

/**
 * The size an image has once resized for the model (Qwen2.5-VL smart resize with the run's pixel
 * bounds). Pixel boxes and the crop-size check are in model-input pixels, so these rules need it;
 * it is injected so validation stays independent of which bounds a run used.
 */
@FunctionalInterface
public interface ModelInputSizer {

    /** The model-input size of an image whose file is {@code original}. */
    ImageSize modelInputSize(ImageSize original);
}
