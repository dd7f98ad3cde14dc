package io.pixelstudio.trace.ops;

import java.util.Objects;
import java.util.Optional;

/**
 * The pixel bounds a replay resizes with. They decide every size the model saw, so a replay states
 * them; {@link #EVAL} and {@link #TRAINING} are the reference rollout's two settings.
 *
 * @param inputBounds      input images
 * @param cropBounds       zoom-in results
 * @param frameBounds      selected frames, or empty to pass them as they are
 * @param videoFrameBounds the video's frames when read as the question's visual
 */
public record ReplaySettings(PixelBounds inputBounds, PixelBounds cropBounds, Optional<PixelBounds> frameBounds,
                             PixelBounds videoFrameBounds) {

    /** Evaluation: inputs [200704, 6272000], crops [200704, 4014080], frames unchanged. */
    public static final ReplaySettings EVAL = new ReplaySettings(PixelBounds.EVAL_INPUT, PixelBounds.EVAL_CROP,
            Optional.empty(), PixelBounds.VIDEO_FRAME_INPUT);
    /** RL training: inputs [3136, 1568000], crops [3136, 784000], frames [3136, 313600]. */
    public static final ReplaySettings TRAINING = new ReplaySettings(PixelBounds.TRAINING_INPUT,
            PixelBounds.TRAINING_CROP, Optional.of(PixelBounds.TRAINING_FRAMES), PixelBounds.VIDEO_FRAME_INPUT);

    public ReplaySettings {
        Objects.requireNonNull(inputBounds, "inputBounds");
        Objects.requireNonNull(cropBounds, "cropBounds");
        Objects.requireNonNull(frameBounds, "frameBounds");
        Objects.requireNonNull(videoFrameBounds, "videoFrameBounds");
    }
}
