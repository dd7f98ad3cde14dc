package io.pixelstudio.trace;

import java.util.List;
import java.util.Objects;

/**
 * A pixel-space operation the model calls mid-answer. Indices are 1-based, as the model writes them.
 */
public sealed interface VisualOperation {

    /** The tool name as the reference environment spells it. */
    String toolName();

    /**
     * Zoom-in ({@code crop_image_normalized}): crop {@code box} out of image {@code targetImage}
     * (1 = the original; later indices are earlier crops or frames).
     */
    record ZoomIn(int targetImage, Box box) implements VisualOperation {
        public ZoomIn {
            Objects.requireNonNull(box, "box");
        }

        @Override
        public String toolName() {
            return "crop_image_normalized";
        }
    }

    /** Select-frames: the frames of the video to look at, in the order given, duplicates allowed. */
    record SelectFrames(List<Integer> frames) implements VisualOperation {
        public SelectFrames {
            frames = List.copyOf(frames);
        }

        @Override
        public String toolName() {
            return "select_frames";
        }
    }
}
