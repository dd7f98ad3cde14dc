package io.pixelstudio.trace;

import java.util.Objects;

/**
 * Where the answer really is, when a dataset says so: used to judge whether a zoom looked at the
 * right place and to synthesize traces.
 */
public sealed interface Evidence {

    /** A region of image {@code imageIndex} (1-based, as in tool calls). */
    record Region(int imageIndex, Box box) implements Evidence {
        public Region {
            Objects.requireNonNull(box, "box");
        }
    }

    /** Frames {@code first}..{@code last} of the video, 1-based and inclusive. */
    record FrameRange(int first, int last) implements Evidence {
        public FrameRange {
            if (first > last) {
                throw new IllegalArgumentException("frame range " + first + ".." + last + " is reversed");
            }
        }
    }
}
