package io.pixelstudio.trace.rollout.heatmap;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import io.pixelstudio.trace.Evidence;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.eval.faithfulness.RegionCut;
import io.pixelstudio.trace.eval.faithfulness.ZoomCuts;

import java.util.List;
import java.util.Objects;

/**
 * What a heatmap is built from, read from a trace without its images: the regions its zooms really
 * cut on the first image (the reference's padding and clamping applied, crops of crops composed to
 * the original, as {@link ZoomCuts#requested} places them — the same geometry the faithfulness
 * verdict uses), and its evidence regions on that image, normalized.
 */
public final class ZoomRegions {

    private ZoomRegions() {
    }

    /** The normalized regions the trace's zooms cut on its first image. */
    public static List<Box> cutsOnFirstImage(Trace trace) {
        Objects.requireNonNull(trace, "trace");
        if (trace.isVideo()) {
            return List.of();
        }
        return ZoomCuts.requested(trace).cuts().stream().filter(c -> c.source() == 1).map(RegionCut::cut).toList();
    }

    /**
     * The trace's evidence regions on its first image, normalized; regions in original pixels are
     * divided by the image's size, so they need {@code width} and {@code height} (pass 0 when the
     * size is unknown: such regions are then left out). Other conventions are left out.
     */
    public static List<Box> evidenceOnFirstImage(Trace trace, double width, double height) {
        Objects.requireNonNull(trace, "trace");
        return trace.evidence().stream().filter(Evidence.Region.class::isInstance).map(Evidence.Region.class::cast)
                .filter(r -> r.imageIndex() == 1).map(Evidence.Region::box)
                .filter(b -> b.convention() == BoxConvention.NORMALIZED
                        || (b.convention() == BoxConvention.ORIGINAL_PIXELS && width > 0 && height > 0))
                .map(b -> b.convention() == BoxConvention.NORMALIZED ? b
                        : Box.normalized(b.x1() / width, b.y1() / height, b.x2() / width, b.y2() / height))
                .toList();
    }
}
