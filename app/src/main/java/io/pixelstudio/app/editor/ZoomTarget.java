package io.pixelstudio.app.editor;

import io.pixelstudio.app.studio.state.LoadedTrace;
import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import io.pixelstudio.trace.VisualOperation;
import io.pixelstudio.trace.ops.CropGeometry;
import io.pixelstudio.trace.ops.ReplayStep;
import io.pixelstudio.trace.ops.SmartResize;
import io.pixelstudio.trace.ops.ToolCall;

import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.Optional;

/**
 * A zoom-in call as the box-edit tool sees it on the original image shown: where the image the call
 * crops lies in that original ({@code region}: the whole file, or a crop of it for a nested call),
 * the size the model received that image at, and the box the call asks for. It converts a box drawn
 * in original pixels to the normalized box the call writes, and tells when the reference would
 * refuse the crop.
 *
 * @param turnIndex   the assistant turn holding the call
 * @param source      0-based original image (or video frame) shown
 * @param imageWidth  width of that original, in pixels
 * @param imageHeight height of that original
 * @param region      the image the call crops, in the original's pixels
 * @param inputWidth  width of the image the call crops, as the model received it
 * @param inputHeight its height
 * @param box         the box the call asks for now, in the original's pixels, ordered
 */
public record ZoomTarget(int turnIndex, int source, int imageWidth, int imageHeight, Box region, int inputWidth,
                         int inputHeight, Box box) {

    private static final double DEGENERATE = 1e-9;

    public ZoomTarget {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(box, "box");
        if (imageWidth <= 0 || imageHeight <= 0 || inputWidth <= 0 || inputHeight <= 0) {
            throw new IllegalArgumentException("image sizes must be positive");
        }
        box = ordered(box);
    }

    /**
     * The editable zoom-in of {@code step} on original {@code shownSource}, or empty when the step is
     * not a zoom-in that reached that image.
     */
    public static Optional<ZoomTarget> of(LoadedTrace loaded, ReplayStep step, int shownSource) {
        if (loaded == null || step == null || step.boxes().isEmpty()
                || !(step.call() instanceof ToolCall.Valid valid)
                || !(valid.operation() instanceof VisualOperation.ZoomIn)) {
            return Optional.empty();
        }
        ReplayStep.Boxes boxes = step.boxes().get();
        if (boxes.originalSource() != shownSource || shownSource < 0 || shownSource >= loaded.sources().size()) {
            return Optional.empty();
        }
        CropGeometry g = boxes.geometry();
        if (g == null) {
            return Optional.empty();
        }
        Box cut = boxes.cut();
        Box cutOriginal = boxes.cutOriginalPixels();
        double paddedW = g.padded().x2() - g.padded().x1();
        double paddedH = g.padded().y2() - g.padded().y1();
        if (paddedW < DEGENERATE || paddedH < DEGENERATE || cut.width() < DEGENERATE
                || cut.height() < DEGENERATE) {
            return Optional.empty();
        }
        int inputW = (int) Math.round((g.exactRight() - g.exactLeft()) / paddedW);
        int inputH = (int) Math.round((g.exactBottom() - g.exactTop()) / paddedH);
        double regionW = cutOriginal.width() / cut.width();
        double regionH = cutOriginal.height() / cut.height();
        double regionX = cutOriginal.x1() - cut.x1() * regionW;
        double regionY = cutOriginal.y1() - cut.y1() * regionH;
        BufferedImage image = loaded.sources().get(shownSource);
        Box region = new Box(regionX, regionY, regionX + regionW, regionY + regionH, BoxConvention.ORIGINAL_PIXELS);
        return Optional.of(new ZoomTarget(step.turnIndex(), shownSource, image.getWidth(), image.getHeight(), region,
                Math.max(1, inputW), Math.max(1, inputH), boxes.originalPixels()));
    }

    /** {@code originalPixels} as the normalized box of the image the call crops. */
    public Box toNormalized(Box originalPixels) {
        Box b = ordered(originalPixels);
        return Box.normalized((b.x1() - region.x1()) / region.width(), (b.y1() - region.y1()) / region.height(),
                (b.x2() - region.x1()) / region.width(), (b.y2() - region.y1()) / region.height());
    }

    /**
     * The size of the cut the reference would make for {@code originalPixels} ({@code {w, h}} in
     * pixels of the image the call crops, after its padding and rounding).
     */
    public int[] cutSize(Box originalPixels) {
        CropGeometry geometry = CropGeometry.of(toNormalized(originalPixels), inputWidth, inputHeight);
        return new int[] {geometry.width(), geometry.height()};
    }

    /** True when the reference would refuse the crop of {@code originalPixels} as too small. */
    public boolean tooSmall(Box originalPixels) {
        int[] size = cutSize(originalPixels);
        return size[0] <= SmartResize.FACTOR || size[1] <= SmartResize.FACTOR;
    }

    /** The box with {@code x1 <= x2} and {@code y1 <= y2}. */
    static Box ordered(Box b) {
        return new Box(Math.min(b.x1(), b.x2()), Math.min(b.y1(), b.y2()), Math.max(b.x1(), b.x2()),
                Math.max(b.y1(), b.y2()), b.convention());
    }
}
