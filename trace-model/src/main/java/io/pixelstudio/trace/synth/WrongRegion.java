package io.pixelstudio.trace.synth;

import io.pixelstudio.trace.Box;
import java.util.Objects;

/**
 * A region for the deliberate first mistake of a self-correction trace.
 *
 * @param box     the {@code bbox_2d} to write (normalized, three decimals, below 1)
 * @param cut     what the reference tool actually cuts for it (its 0.1 margin added and clamped), normalized
 * @param clear   true when the cut keeps a gap to the padded evidence zoom box (it neither overlaps nor
 *                touches it); false when it only avoids the evidence itself, possibly touching it
 */
public record WrongRegion(Box box, Box cut, boolean clear) {

    public WrongRegion {
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(cut, "cut");
    }
}
