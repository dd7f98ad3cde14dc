package io.pixelstudio.trace.format.export;

import java.util.Objects;

/**
 * How an export writes media. Defaults ({@link #defaults()}): absolute paths, videos as one video
 * entry.
 *
 * @param paths how image and frame paths are written
 * @param video how a video (a list of frame images) is written
 */
public record ExportOptions(MediaPathMode paths, VideoMode video) {

    public ExportOptions {
        Objects.requireNonNull(paths, "paths");
        Objects.requireNonNull(video, "video");
    }

    /** {@link MediaPathMode#ABSOLUTE} and {@link VideoMode#VIDEO}. */
    public static ExportOptions defaults() {
        return new ExportOptions(MediaPathMode.ABSOLUTE, VideoMode.VIDEO);
    }

    /** How media paths are written. */
    public enum MediaPathMode {
        /**
         * Relative paths resolved against the media base and written absolute (default): the
         * export works wherever the trainer runs on the same machine, whatever its working folder.
         */
        ABSOLUTE,
        /**
         * Paths exactly as the trace holds them; the trainer must resolve them (LLaMA-Factory:
         * {@code media_dir}), which keeps the export portable across machines.
         */
        AS_WRITTEN
    }

    /** How a video given as frame images is written. */
    public enum VideoMode {
        /**
         * One video entry holding the frame list (default): LLaMA-Factory {@code <video>} with a
         * nested frame list in {@code videos}; TRL/HF {@code {"type": "video", "video": [...]}}. The
         * model then sees a video, as the Pixel Reasoner trainer feeds it.
         */
        VIDEO,
        /** Every frame as its own image ({@code <image>} / {@code {"type": "image"}}), in order. */
        FRAMES_AS_IMAGES
    }
}
