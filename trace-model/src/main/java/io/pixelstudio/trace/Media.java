package io.pixelstudio.trace;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What a question is asked about. Paths are as the file wrote them; they are resolved against the
 * data file's folder by {@code io.pixelstudio.trace.media.MediaResolver}.
 */
public sealed interface Media {

    /** A still image. */
    record Image(String path) implements Media {
        public Image {
            Objects.requireNonNull(path, "path");
        }
    }

    /**
     * A video. Pixel Reasoner stores videos as frame images ({@code framePaths}); the studio also
     * opens video files ({@code file}, with the frame indices it sampled to make the frames).
     *
     * @param file           the video file, or {@code null} when only frames exist
     * @param framePaths     frame images in order (may be empty for a file not yet sampled)
     * @param fps            frames per second of the source, when known
     * @param frameCount     number of frames of the source (file) or of {@code framePaths}
     * @param sampledIndices 0-based source frame indices each frame image came from, when known
     */
    record Video(String file, List<String> framePaths, OptionalDouble fps, int frameCount,
                 List<Integer> sampledIndices) implements Media {
        public Video {
            framePaths = List.copyOf(framePaths);
            Objects.requireNonNull(fps, "fps");
            sampledIndices = List.copyOf(sampledIndices);
            if (frameCount < 0) {
                throw new IllegalArgumentException("frameCount must be >= 0: " + frameCount);
            }
        }

        /** A video known only by its frame images. */
        public static Video ofFrames(List<String> framePaths) {
            return new Video(null, framePaths, OptionalDouble.empty(), framePaths.size(), List.of());
        }
    }
}
