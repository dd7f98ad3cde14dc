package io.pixelstudio.trace.media;

/**
 * What happens to transparency when an image becomes the RGB pixels a model sees.
 *
 * <p>Why two modes: the reference pipeline converts with qwen_vl_utils' {@code to_rgb}, which
 * pastes an image whose PIL mode is {@code RGBA} onto white, and otherwise calls PIL's
 * {@code convert("RGB")}, which simply drops alpha (palette, grey+alpha, and colour-key
 * transparency are always dropped). Older qwen_vl_utils releases dropped alpha everywhere.
 */
public enum AlphaMode {
    /** Default: RGB+alpha images are composited onto white as {@code to_rgb} does; other alpha dropped. */
    COMPOSITE_RGBA_ON_WHITE,
    /** Alpha is ignored everywhere, as a bare PIL {@code convert("RGB")} does. */
    DROP
}
