package io.pixelstudio.trace.ops;

import io.pixelstudio.trace.VisualOperation;
import io.pixelstudio.trace.media.AlphaMode;
import io.pixelstudio.trace.media.ImageSize;
import io.pixelstudio.trace.media.PilRgbConverter;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;

/**
 * Executes {@code crop_image_normalized} as the reference environment does: picks the target
 * image with the reference's index rules (1-based, Python negative indexing, different rules once a
 * video has results), cuts it per {@link CropGeometry}, refuses cuts of 28 px or less, converts to
 * RGB and resizes with smart_resize within the given bounds and Pillow's bicubic filter. Errors are
 * the exact texts the model was shown.
 */
public final class CropExecutor {

    private final PixelBounds cropBounds;

    /** An executor resizing crops within {@code cropBounds} ({@link PixelBounds#EVAL_CROP} or {@link PixelBounds#TRAINING_CROP}). */
    public CropExecutor(PixelBounds cropBounds) {
        this.cropBounds = Objects.requireNonNull(cropBounds, "cropBounds");
    }

    /** The outcome of one call, with the geometry when a cut was attempted. */
    public record Outcome(OperationResult result, BufferedImage source, CropGeometry geometry) {
        public Outcome {
            Objects.requireNonNull(result, "result");
        }
    }

    /** Runs {@code zoom} against {@code state}. */
    public Outcome execute(VisualState state, VisualOperation.ZoomIn zoom) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(zoom, "zoom");
        Object picked = pickTarget(state, zoom.targetImage());
        if (picked instanceof String error) {
            return new Outcome(new OperationResult.Failure(error), null, null);
        }
        BufferedImage source = (BufferedImage) picked;
        CropGeometry geometry = CropGeometry.of(zoom.box(), source.getWidth(), source.getHeight());
        String error = cutError(geometry);
        if (error != null) {
            return new Outcome(new OperationResult.Failure(error), source, geometry);
        }
        BufferedImage cut = PilRgbConverter.toRgb(source, AlphaMode.COMPOSITE_RGBA_ON_WHITE)
                .getSubimage(geometry.left(), geometry.top(), geometry.width(), geometry.height());
        ImageSize size;
        try {
            size = SmartResize.fit(cut.getWidth(), cut.getHeight(), cropBounds);
        } catch (IllegalArgumentException e) {
            return new Outcome(new OperationResult.Failure(e.getMessage()), source, geometry);
        }
        BufferedImage resized = ImageResampler.resize(cut, size.width(), size.height());
        return new Outcome(new OperationResult.Success(List.of(resized),
                ResultTurnTexts.crop(size.width(), size.height())), source, geometry);
    }

    /** The image {@code target_image} selects, or the reference's error text. */
    static Object pickTarget(VisualState state, long target) {
        long index = target - 1;
        if (!state.video()) {
            int n = state.images().size();
            if (index >= n) {
                return "Execution Error: Incorrect `target_image` argument in `crop_image_normalized` operation."
                        + " You can only pick an image within [1," + n + "]";
            }
            return orIndexError(VisualState.pythonIndex(state.images(), index));
        }
        if (state.images().isEmpty()) {
            int n = state.videoFrames().size();
            if (index >= n) {
                return "Execution Error: Incorrect `target_image` argument in `crop_image_normalized` operation."
                        + " You can only pick an image **from** the video within [1," + n
                        + "], but the current argument `target_image=" + target + "`.";
            }
            return orIndexError(VisualState.pythonIndex(state.videoFrames(), index));
        }
        if (index < 1) {
            return "Execution Error: Incorrect `target_image` argument in `crop_image_normalized` operation."
                    + " You can only pick an image within range [2," + state.referenceLength()
                    + "], but the current argument `target_image=" + target + "`.";
        }
        return orIndexError(VisualState.pythonIndex(state.images(), index - 1));
    }

    private static Object orIndexError(BufferedImage image) {
        return image == null ? "list index out of range" : image;
    }

    private static String cutError(CropGeometry geometry) {
        String pillow = geometry.pillowError();
        if (pillow != null) {
            return pillow;
        }
        if (geometry.width() <= SmartResize.FACTOR || geometry.height() <= SmartResize.FACTOR) {
            return "Cropped image is too small: " + geometry.width() + "x" + geometry.height();
        }
        return null;
    }
}
