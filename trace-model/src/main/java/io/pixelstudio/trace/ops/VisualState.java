package io.pixelstudio.trace.ops;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The images a tool call can operate on, laid out as the reference keeps them: for an image
 * question, every input image then every image returned so far; for a video question, the video's
 * frames as one first entry, then the images returned so far. Indices the model writes
 * ({@code target_image}) count in that layout, so the executors need it rather than a flat list.
 *
 * @param videoFrames the video's frames (already resized as the model received them), or empty
 *                    for an image question
 * @param images      for an image question all images so far; for a video question the images
 *                    returned after the video
 */
public record VisualState(boolean video, List<BufferedImage> videoFrames, List<BufferedImage> images) {

    public VisualState {
        videoFrames = List.copyOf(videoFrames);
        images = List.copyOf(images);
        if (!video && !videoFrames.isEmpty()) {
            throw new IllegalArgumentException("an image question has no video frames");
        }
    }

    /** An image question with these (resized) input images. */
    public static VisualState ofImages(List<BufferedImage> inputs) {
        return new VisualState(false, List.of(), inputs);
    }

    /** A video question with these (resized) frames. */
    public static VisualState ofVideo(List<BufferedImage> frames) {
        return new VisualState(true, frames, List.of());
    }

    /** The reference's {@code len(images)}: the video counts as one entry. */
    public int referenceLength() {
        return (video ? 1 : 0) + images.size();
    }

    /** This state with {@code added} appended, as after a successful call. */
    public VisualState plus(List<BufferedImage> added) {
        List<BufferedImage> all = new ArrayList<>(images);
        all.addAll(added);
        return new VisualState(video, videoFrames, all);
    }

    /** Python {@code list[index]}: negative indices count from the end; null when out of range. */
    static <T> T pythonIndex(List<T> list, long index) {
        Objects.requireNonNull(list, "list");
        long i = index < 0 ? list.size() + index : index;
        return i >= 0 && i < list.size() ? list.get((int) i) : null;
    }
}
