package io.pixelstudio.trace.media;

/**
 * Whether the EXIF orientation tag of a JPEG is applied when loading.
 *
 * <p>Why the default is {@link #AS_STORED}: the reference pipeline opens images with PIL's
 * {@code Image.open(...).convert("RGB")} (through qwen_vl_utils), which never applies EXIF
 * orientation, so the model saw the stored pixel grid; crop boxes in traces refer to that grid.
 * {@link #APPLY_EXIF} is for showing a photo upright to a person, and its boxes are not the
 * model's boxes.
 */
public enum OrientationMode {
    /** Default: pixels exactly as stored in the file, as the model saw them. */
    AS_STORED,
    /** Rotate/flip a JPEG according to its EXIF Orientation tag (PIL {@code exif_transpose}). */
    APPLY_EXIF
}
