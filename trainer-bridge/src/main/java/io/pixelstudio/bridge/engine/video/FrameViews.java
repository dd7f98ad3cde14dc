package io.pixelstudio.bridge.engine.video;

import io.pixelstudio.trace.VisualOperation;
import io.pixelstudio.trace.ops.OperationResult;
import io.pixelstudio.trace.ops.ReplaySettings;
import io.pixelstudio.trace.ops.SelectFramesExecutor;
import io.pixelstudio.trace.ops.VisualState;
import io.pixelstudio.trace.synth.OperationTraceBuilder;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The views of one video the frame policy can get: the thumbnail mosaic of the frames as the model
 * receives them (resized within the video-frame bounds) and each frame as the reference
 * select-frames tool returns it ({@link SelectFramesExecutor}, training frame bounds), downsampled.
 * Frames are computed once each. Why the real tool in training too: the views taught under teacher
 * forcing must be the views a rollout's calls return.
 */
public final class FrameViews {

    private final VisualState state;
    private final SelectFramesExecutor select;
    private final float[] mosaic;
    private final Map<Integer, float[]> frames = new HashMap<>();

    /** @param originals the decoded frame images, in order ({@value FrameInput#FRAMES}) */
    public FrameViews(List<BufferedImage> originals, ReplaySettings settings) {
        Objects.requireNonNull(settings, "settings");
        List<BufferedImage> resized = new ArrayList<>();
        for (BufferedImage frame : originals) {
            resized.add(OperationTraceBuilder.modelInput(frame, settings.videoFrameBounds()));
        }
        this.state = VisualState.ofVideo(resized);
        this.select = new SelectFramesExecutor(settings.frameBounds());
        this.mosaic = FrameInput.mosaic(resized);
    }

    public float[] mosaic() {
        return mosaic;
    }

    /** The view of frame {@code number} (1-based) as the tool returns it. */
    public float[] frame(int number) {
        return frames.computeIfAbsent(number, n -> {
            OperationResult result = select.execute(state, new VisualOperation.SelectFrames(List.of(n)));
            if (!(result instanceof OperationResult.Success success)) {
                throw new IllegalStateException("the select-frames tool refused frame " + n + ": "
                        + result.observationText());
            }
            return FrameInput.view(success.images().get(0));
        });
    }

    /** The views of {@code numbers} (1-based), in order. */
    public List<float[]> frames(List<Integer> numbers) {
        return numbers.stream().map(this::frame).toList();
    }
}
