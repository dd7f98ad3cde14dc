package io.pixelstudio.trace.media;

/**
 * Whether decoded video frames are turned upright according to the stream's rotation metadata.
 *
 * <p>Why the default is {@link #APPLY_METADATA}: frames the studio samples become the images of
 * the reference format, and phone videos are stored sideways with a rotation tag; the ffmpeg
 * command line (the usual way frames get extracted) applies it too. FFmpeg libraries (and
 * Humble Video) never do, so the decoder must.
 */
public enum RotationMode {
    /** Default: rotate each frame clockwise by {@link VideoInfo#rotationDegrees()}. */
    APPLY_METADATA,
    /** Frames exactly as coded. */
    AS_STORED
}
