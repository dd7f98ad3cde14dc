package io.pixelstudio.trace.synth;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import io.pixelstudio.trace.media.FrameSampler;
import io.pixelstudio.trace.media.ImageSize;
import io.pixelstudio.trace.ops.CropGeometry;
import io.pixelstudio.trace.ops.ImageOrigin;
import io.pixelstudio.trace.ops.SmartResize;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How synthesis frames the evidence so the crop reads well and the call is one the reference
 * executes. Image rule: pad the evidence box on every side by 10% of its width (height), at least
 * {@value #MIN_PAD_PX} px, clamp to the image, and write it normalized, rounded outward to three
 * decimals and below 1 (the tool then adds its own 0.1 margin). If the cut the tool would make in
 * the model input is 28 px or less on a side (the reference refuses it), the box grows about its
 * centre until it is not. Video rule: the evidence frames plus one neighbour on each side; more
 * than 8 (the tool's limit) are thinned evenly, keeping the first and last evidence frame.
 */
public final class EvidenceFraming {

    /** The least padding added on each side of the evidence, in original pixels. */
    public static final int MIN_PAD_PX = 4;
    /** The most frames one {@code select_frames} call may take. */
    public static final int MAX_FRAMES = 8;
    private static final double PAD_FRACTION = 0.10;
    private static final double GROW_STEP = 0.05;

    private EvidenceFraming() {
    }

    /** {@code evidence} as original pixels of a {@code width}x{@code height} image. */
    public static Box toOriginalPixels(Box evidence, int width, int height) {
        return switch (evidence.convention()) {
            case ORIGINAL_PIXELS -> evidence;
            case NORMALIZED -> new Box(evidence.x1() * width, evidence.y1() * height, evidence.x2() * width,
                    evidence.y2() * height, BoxConvention.ORIGINAL_PIXELS);
            default -> throw new IllegalArgumentException("evidence is NORMALIZED or ORIGINAL_PIXELS, got "
                    + evidence.convention());
        };
    }

    /** {@code evidence} (original pixels) as a fraction of the image, unrounded. */
    public static Box normalized(Box evidence, int width, int height) {
        return Box.normalized(evidence.x1() / width, evidence.y1() / height, evidence.x2() / width, evidence.y2() / height);
    }

    /**
     * The {@code bbox_2d} to zoom into {@code evidence} (original pixels) of a
     * {@code width}x{@code height} image whose model input is {@code input}.
     */
    public static Box zoomBox(Box evidence, int width, int height, ImageSize input) {
        Objects.requireNonNull(evidence, "evidence");
        double padX = Math.max(MIN_PAD_PX, evidence.width() * PAD_FRACTION);
        double padY = Math.max(MIN_PAD_PX, evidence.height() * PAD_FRACTION);
        Box padded = new Box(Math.max(0, evidence.x1() - padX), Math.max(0, evidence.y1() - padY),
                Math.min(width, evidence.x2() + padX), Math.min(height, evidence.y2() + padY), BoxConvention.ORIGINAL_PIXELS);
        Box box = OperationTraceBuilder.normalizedWithin(padded, ImageOrigin.whole(0, width, height));
        for (int i = 0; i < 1 / GROW_STEP && !cutLargeEnough(box, input); i++) {
            box = grown(box);
        }
        return box;
    }

    /** True when the tool's cut of {@code box} from an image of {@code input} size is over 28 px each way. */
    public static boolean cutLargeEnough(Box box, ImageSize input) {
        CropGeometry g = CropGeometry.of(box, input.width(), input.height());
        return g.width() > SmartResize.FACTOR && g.height() > SmartResize.FACTOR;
    }

    private static Box grown(Box box) {
        return Box.normalized(OperationTraceBuilder.down(box.x1() - GROW_STEP / 2),
                OperationTraceBuilder.down(box.y1() - GROW_STEP / 2),
                OperationTraceBuilder.up(box.x2() + GROW_STEP / 2), OperationTraceBuilder.up(box.y2() + GROW_STEP / 2));
    }

    /**
     * The frames to select for {@code evidence} (1-based, ascending) in a video of
     * {@code frameCount} frames.
     */
    public static List<Integer> framesAround(int frameCount, List<Integer> evidence) {
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("no evidence frames");
        }
        int first = evidence.get(0);
        int last = evidence.get(evidence.size() - 1);
        List<Integer> around = new ArrayList<>();
        for (int n = Math.max(1, first - 1); n <= Math.min(frameCount, last + 1); n++) {
            around.add(n);
        }
        if (around.size() <= MAX_FRAMES) {
            return List.copyOf(around);
        }
        List<Integer> span = new ArrayList<>();
        for (int n = first; n <= last; n++) {
            span.add(n);
        }
        return FrameSampler.evenlySpaced(span.size(), MAX_FRAMES).stream().map(span::get).distinct().toList();
    }
}
