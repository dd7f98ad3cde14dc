package io.pixelstudio.app.viewer;

import io.pixelstudio.trace.ops.ImageOrigin;
import io.pixelstudio.trace.ops.SmartResize;
import io.pixelstudio.trace.ops.TraceReplay;
import io.pixelstudio.trace.ops.VisualState;
import io.pixelstudio.trace.media.ImageSize;
import javafx.scene.image.Image;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;

/**
 * The model's-eye view of one input: the image as the model received it (resized by smart_resize
 * to multiples of 28), its size, its visual-token count, and the 28-pixel token grid both over
 * the resized input and mapped onto the original. Shows a researcher how much detail the model had
 * before it zoomed. Built from a replay, so the size is the one the operations worked on.
 */
public final class ModelEyeView {

    private final BufferedImage input;
    private final ImageSize originalSize;
    private final int sourceIndex;

    /**
     * @param sourceIndex 0-based input image (or video frame for a video question), as
     *                    {@code Replay.inputOrigins()} counts them
     * @throws IndexOutOfBoundsException when the replay has no such input
     */
    public ModelEyeView(TraceReplay.Replay replay, int sourceIndex) {
        Objects.requireNonNull(replay, "replay");
        List<BufferedImage> inputs = inputs(replay.initial());
        Objects.checkIndex(sourceIndex, Math.min(inputs.size(), replay.inputOrigins().size()));
        this.sourceIndex = sourceIndex;
        this.input = inputs.get(sourceIndex);
        ImageOrigin origin = replay.inputOrigins().get(sourceIndex);
        this.originalSize = new ImageSize((int) Math.round(origin.region().width()), (int) Math.round(origin.region().height()));
    }

    /** How many inputs (images, or frames of the video) the replay starts from. */
    public static int inputCount(TraceReplay.Replay replay) {
        return Math.min(inputs(replay.initial()).size(), replay.inputOrigins().size());
    }

    public int sourceIndex() {
        return sourceIndex;
    }

    /** The resized input exactly as the model received it. */
    public BufferedImage input() {
        return input;
    }

    /** {@link #input()} as a JavaFX image, for the viewer. */
    public Image inputImage() {
        return FxImages.toFx(input);
    }

    public ImageSize inputSize() {
        return new ImageSize(input.getWidth(), input.getHeight());
    }

    public ImageSize originalSize() {
        return originalSize;
    }

    /** Visual tokens of the input: (W/28)·(H/28). */
    public long visualTokens() {
        return SmartResize.visualTokens(inputSize());
    }

    /** The grid over the resized input itself (cells of exactly 28 pixels), for showing {@link #inputImage()}. */
    public TokenGridOverlay inputGrid() {
        return new TokenGridOverlay(input.getWidth(), input.getHeight(), input.getWidth(), input.getHeight());
    }

    /** The input's grid mapped onto the original image, for showing the original file. */
    public TokenGridOverlay originalGrid() {
        return new TokenGridOverlay(originalSize.width(), originalSize.height(), input.getWidth(), input.getHeight());
    }

    /** {@code model input 644×476 px (original 1600×1200) · 391 visual tokens · 28-px grid}. */
    public String caption(ViewerText text) {
        return text.get("modelEye.caption", String.valueOf(input.getWidth()), String.valueOf(input.getHeight()),
                String.valueOf(originalSize.width()), String.valueOf(originalSize.height()), String.valueOf(visualTokens()));
    }

    private static List<BufferedImage> inputs(VisualState initial) {
        return initial.video() ? initial.videoFrames() : initial.images();
    }
}
