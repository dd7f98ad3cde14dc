package io.pixelstudio.trace.ops;

import java.util.List;

/**
 * The reference {@code select_frames} limits and their exact error texts, shared by the parser
 * (which can already see a too-long selection) and the executor.
 */
public final class SelectFramesRules {

    /** The most frames one call may select. */
    public static final int MAX_FRAMES = 8;

    private SelectFramesRules() {
    }

    static String tooManyError(int count) {
        return "Execution Error: You have selected " + count + " frames in total. Think again which frames you"
                + " need to check in details (no more than 8 frames)";
    }

    static String notVideoError() {
        return "Execution Error: You attempted to `select_frames` from **image** not **video**. You should use"
                + " `crop_image_normalized` instead for inspecting **image**.";
    }

    static String outOfRangeError(int frameCount, List<Integer> selection) {
        return "Execution Error: There are " + frameCount + " frames numbered in range [1," + frameCount
                + "]. Your selection `target_frames=" + PythonText.intListRepr(selection) + "` is out of range.";
    }
}
