package io.pixelstudio.app.compare;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import io.pixelstudio.trace.Evidence;
import io.pixelstudio.trace.Media;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.eval.faithfulness.RegionCut;
import io.pixelstudio.trace.eval.faithfulness.ZoomCuts;
import io.pixelstudio.trace.media.MediaPathException;
import io.pixelstudio.trace.media.MediaResolver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where a sample's picture comes from and where each run looked on it. The picture is the first
 * image of the first run whose trace names one that exists on this machine (relative paths resolved
 * against that run's folder); the zoom boxes are the regions each run asked for, placed on the
 * original image as {@link ZoomCuts#requested} places them (padding, clamping, nested zooms
 * composed), so the screen shows the same geometry the faithfulness verdict was computed from.
 */
public final class ZoomPaths {

    private ZoomPaths() {
    }

    /** The image to show for {@code row}, if any run's trace has one on disk. */
    public static Optional<SampleImage> imageFor(SampleRow row, List<LoadedRun> runs) {
        for (int i = 0; i < row.runs().size() && i < runs.size(); i++) {
            Optional<Trace> trace = row.runs().get(i).flatMap(s -> s.prediction().trace());
            if (trace.isEmpty() || trace.get().isVideo()) {
                continue;
            }
            Optional<Path> file = firstImage(trace.get(), new MediaResolver(runs.get(i).mediaFolder()));
            if (file.isPresent()) {
                return Optional.of(new SampleImage(file.get(), i));
            }
        }
        return Optional.empty();
    }

    /**
     * The zoom boxes of {@code trace} on its first image, in original pixels of a
     * {@code width}×{@code height} image; empty for a trace without zooms on that image.
     */
    public static List<Box> originalPixels(Trace trace, double width, double height) {
        return ZoomCuts.requested(trace).cuts().stream().filter(c -> c.source() == 1).map(RegionCut::cut)
                .map(b -> new Box(b.x1() * width, b.y1() * height, b.x2() * width, b.y2() * height,
                        BoxConvention.ORIGINAL_PIXELS))
                .toList();
    }

    /**
     * The evidence regions of {@code trace} on its first image, in original pixels of a
     * {@code width}×{@code height} image (normalized and original-pixel regions; others are skipped).
     */
    public static List<Box> evidence(Trace trace, double width, double height) {
        return trace.evidence().stream().filter(Evidence.Region.class::isInstance).map(Evidence.Region.class::cast)
                .filter(r -> r.imageIndex() == 1)
                .map(Evidence.Region::box)
                .filter(b -> b.convention() == BoxConvention.NORMALIZED || b.convention() == BoxConvention.ORIGINAL_PIXELS)
                .map(b -> b.convention() == BoxConvention.ORIGINAL_PIXELS ? b
                        : new Box(b.x1() * width, b.y1() * height, b.x2() * width, b.y2() * height,
                        BoxConvention.ORIGINAL_PIXELS))
                .toList();
    }

    private static Optional<Path> firstImage(Trace trace, MediaResolver resolver) {
        Optional<Media.Image> image = trace.media().stream().filter(Media.Image.class::isInstance)
                .map(Media.Image.class::cast).findFirst();
        if (image.isEmpty()) {
            return Optional.empty();
        }
        try {
            return resolver.resolveLocal(image.get().path()).filter(Files::isRegularFile);
        } catch (MediaPathException e) {
            return Optional.empty();
        }
    }

    /** The image file of a sample and the run whose trace named it. */
    public record SampleImage(Path file, int run) {
    }
}
