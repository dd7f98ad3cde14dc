package io.pixelstudio.trace.media;

import java.util.Objects;

/**
 * What a video file holds, counted rather than trusted: {@code frameCount} is the number of video
 * packets actually demuxed (one per frame), while {@code containerFrameCount} is what the
 * container header claims (0 when it says nothing, as WebM never does). Frame indices everywhere
 * in the studio are 0-based positions in presentation order, {@code 0 .. frameCount-1}.
 *
 * @param width coded width in pixels, before rotation
 * @param height coded height in pixels, before rotation
 * @param frameCount frames found by demuxing every packet of the stream
 * @param containerFrameCount frame count stored in the container, 0 when absent
 * @param averageFps {@code frameCount / durationSeconds}
 * @param durationSeconds first frame's start to last frame's end, from packet timestamps
 * @param variableFrameRate whether frame durations differ by more than one time-base tick
 * @param rotationDegrees clockwise rotation to display the frames upright (0, 90, 180 or 270),
 *     from the stream's metadata; decoders do not apply it by themselves
 * @param codec codec name as FFmpeg reports it (e.g. {@code h264}, {@code vp9})
 */
public record VideoInfo(int width, int height, int frameCount, long containerFrameCount, double averageFps,
        double durationSeconds, boolean variableFrameRate, int rotationDegrees, String codec) {

    public VideoInfo {
        Objects.requireNonNull(codec, "codec");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("video size must be positive: " + width + "x" + height);
        }
        if (frameCount < 0 || containerFrameCount < 0) {
            throw new IllegalArgumentException("frame counts must not be negative");
        }
        if (rotationDegrees % 90 != 0 || rotationDegrees < 0 || rotationDegrees >= 360) {
            throw new IllegalArgumentException("rotation must be 0, 90, 180 or 270: " + rotationDegrees);
        }
    }

    /** Width of a frame as displayed, after rotation. */
    public int displayWidth() {
        return rotationDegrees % 180 == 0 ? width : height;
    }

    /** Height of a frame as displayed, after rotation. */
    public int displayHeight() {
        return rotationDegrees % 180 == 0 ? height : width;
    }
}
