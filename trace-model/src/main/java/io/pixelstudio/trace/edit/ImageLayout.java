package io.pixelstudio.trace.edit;

import io.pixelstudio.trace.ops.OperationResult;
import io.pixelstudio.trace.ops.ReplayStep;
import io.pixelstudio.trace.ops.VisualState;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The images a replayed rollout holds before each step, in the reference's layout, each marked
 * "changed" when an edit changed its pixels. Lets an edit find the image a later call crops
 * ({@code target_image}, resolved with the same rules as {@code CropExecutor}) and so whether that
 * later crop has to be re-executed too.
 */
final class ImageLayout {

    /** An image a call can target, and whether the edit changed it. */
    record Target(BufferedImage image, boolean changed) {
    }

    private final boolean video;
    private final List<BufferedImage> frames;
    private final List<BufferedImage> images = new ArrayList<>();
    private final List<Boolean> changed = new ArrayList<>();

    ImageLayout(VisualState initial) {
        video = initial.video();
        frames = initial.videoFrames();
        initial.images().forEach(i -> add(i, false));
    }

    /** The number of images counted as the reference's {@code len(images)}. */
    int size() {
        return images.size();
    }

    /** The image {@code target_image} names now, or empty when the reference would report an error. */
    Optional<Target> target(long targetImage) {
        long index = targetImage - 1;
        if (!video) {
            return index >= images.size() ? Optional.empty() : pick(images, changed, index);
        }
        if (images.isEmpty()) {
            return index >= frames.size() ? Optional.empty()
                    : pick(frames, null, index);
        }
        return index < 1 ? Optional.empty() : pick(images, changed, index - 1);
    }

    /** Records what {@code step} added (nothing for a failure or a call not executed). */
    void after(ReplayStep step, boolean productsChanged) {
        if (step.result().orElse(null) instanceof OperationResult.Success success) {
            success.images().forEach(i -> add(i, productsChanged));
        }
    }

    private void add(BufferedImage image, boolean isChanged) {
        images.add(image);
        changed.add(isChanged);
    }

    private static Optional<Target> pick(List<BufferedImage> list, List<Boolean> flags, long index) {
        long i = index < 0 ? list.size() + index : index;
        if (i < 0 || i >= list.size()) {
            return Optional.empty();
        }
        return Optional.of(new Target(list.get((int) i), flags != null && flags.get((int) i)));
    }
}
