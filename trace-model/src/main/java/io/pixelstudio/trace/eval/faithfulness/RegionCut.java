package io.pixelstudio.trace.eval.faithfulness;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;

import java.util.Objects;

/**
 * A region of an original input image that the model received as a crop: where a zoom really cut,
 * placed on the original (a crop of a crop composes down to the original).
 *
 * @param source 1-based index of the original image (as evidence and tool calls count)
 * @param cut    the region, normalized to that original
 */
public record RegionCut(int source, Box cut) {

    public RegionCut {
        Objects.requireNonNull(cut, "cut");
        if (cut.convention() != BoxConvention.NORMALIZED) {
            throw new IllegalArgumentException("a region cut is NORMALIZED, got " + cut.convention());
        }
        if (source < 1) {
            throw new IllegalArgumentException("source is 1-based: " + source);
        }
    }
}
