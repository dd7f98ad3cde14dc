package io.pixelstudio.trace.ops;

import io.pixelstudio.trace.VisualOperation;
import io.pixelstudio.trace.media.AlphaMode;
import io.pixelstudio.trace.media.ImageSize;
import io.pixelstudio.trace.media.PilRgbConverter;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Executes {@code select_frames} as the reference environment does: frames {@code frames[i-1]} in
 * the order given, duplicates kept; more than 8, an index above the frame count, or a call on an
 * image question fail with the reference's texts. Index 0 and negative indices are not rejected:
 * like Python they count from the end ({@link #wrapsAround} lets validation warn about it).
 * Returned frames are resized within the training bounds, or passed as they are at evaluation.
 */
public final class SelectFramesExecutor {

    private final Optional<PixelBounds> frameBounds;

    /**
     * @param frameBounds bounds to resize returned frames within ({@link PixelBounds#TRAINING_FRAMES}
     *                    in training), or empty to return them unchanged (evaluation)
     */
    public SelectFramesExecutor(Optional<PixelBounds> frameBounds) {
        this.frameBounds = Objects.requireNonNull(frameBounds, "frameBounds");
    }

    /** True when some index is 0 or negative: the reference silently takes frames from the end. */
    public static boolean wrapsAround(VisualOperation.SelectFrames select) {
        return select.frames().stream().anyMatch(i -> i < 1);
    }

    /** Runs {@code select} against {@code state}. */
    public OperationResult execute(VisualState state, VisualOperation.SelectFrames select) {
        Objects.requireNonNull(state, "state");
        List<Integer> wanted = select.frames();
        if (!state.video()) {
            return new OperationResult.Failure(SelectFramesRules.notVideoError());
        }
        if (wanted.size() > SelectFramesRules.MAX_FRAMES) {
            return new OperationResult.Failure(SelectFramesRules.tooManyError(wanted.size()));
        }
        if (wanted.isEmpty()) {
            return new OperationResult.Failure("max() arg is an empty sequence");
        }
        int n = state.videoFrames().size();
        if (Collections.max(wanted) > n) {
            return new OperationResult.Failure(SelectFramesRules.outOfRangeError(n, wanted));
        }
        List<BufferedImage> picked = new ArrayList<>();
        for (int i : wanted) {
            BufferedImage frame = VisualState.pythonIndex(state.videoFrames(), (long) i - 1);
            if (frame == null) {
                return new OperationResult.Failure("list index out of range");
            }
            picked.add(frame);
        }
        if (frameBounds.isPresent()) {
            try {
                picked.replaceAll(frame -> resize(frame, frameBounds.get()));
            } catch (IllegalArgumentException e) {
                return new OperationResult.Failure(e.getMessage());
            }
        }
        int first = state.referenceLength();
        BufferedImage head = picked.get(0);
        return new OperationResult.Success(picked, ResultTurnTexts.frames(head.getWidth(), head.getHeight(),
                first, first + picked.size() - 1));
    }

    private static BufferedImage resize(BufferedImage frame, PixelBounds bounds) {
        BufferedImage rgb = PilRgbConverter.toRgb(frame, AlphaMode.COMPOSITE_RGBA_ON_WHITE);
        ImageSize size = SmartResize.fit(rgb.getWidth(), rgb.getHeight(), bounds);
        return ImageResampler.resize(rgb, size.width(), size.height());
    }
}
