package io.pixelstudio.bridge.engine.video;

import io.pixelstudio.bridge.engine.probes.VideoProbeKind;
import io.pixelstudio.trace.ops.ImageResampler;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What the frame policy sees at one step, as input planes ({@code CHANNELS × VIEW × VIEW}): a
 * mosaic of every frame as a {@value #THUMB}-pixel thumbnail (4 × 4, row-major, frame 1 top-left),
 * the (up to two) last selected frames at {@value #VIEW} pixels or zeros before any selection, one
 * constant plane per question kind and a plane of ones once it has selected. Why thumbnails: at
 * 16 px a 256-px frame's 64-px flash is a 4-px bright blob, so the policy can tell where to look
 * but not read the detail; the selected frames are large enough to read it.
 */
public final class FrameInput {

    /** Side of a thumbnail, in pixels. */
    public static final int THUMB = 16;
    /** Thumbnails per mosaic row (and rows). */
    public static final int MOSAIC = 4;
    /** Side of every plane: the mosaic and each selected frame. */
    public static final int VIEW = THUMB * MOSAIC;
    /** Selected frames the policy sees at once (a selection picks this many). */
    public static final int SELECTED = 2;
    /** Input planes. */
    public static final int CHANNELS = 3 + 3 * SELECTED + VideoProbeKind.values().length + 1;
    /** Frames the mosaic holds. */
    public static final int FRAMES = MOSAIC * MOSAIC;

    private FrameInput() {
    }

    /** The mosaic of {@code frames} (exactly {@value #FRAMES}), each downsampled Pillow-style, as 3 planes. */
    public static float[] mosaic(List<BufferedImage> frames) {
        if (frames.size() != FRAMES) {
            throw new IllegalArgumentException("the mosaic holds " + FRAMES + " frames, not " + frames.size());
        }
        float[] planes = new float[3 * VIEW * VIEW];
        for (int f = 0; f < FRAMES; f++) {
            BufferedImage small = ImageResampler.resize(frames.get(f), THUMB, THUMB);
            copy(small, planes, (f % MOSAIC) * THUMB, (f / MOSAIC) * THUMB);
        }
        return planes;
    }

    /** {@code image} downsampled to {@value #VIEW} pixels, as 3 planes of values in [0, 1]. */
    public static float[] view(BufferedImage image) {
        float[] planes = new float[3 * VIEW * VIEW];
        copy(ImageResampler.resize(Objects.requireNonNull(image, "image"), VIEW, VIEW), planes, 0, 0);
        return planes;
    }

    /**
     * The input planes for one step.
     *
     * @param mosaic   the video's {@link #mosaic}
     * @param selected the last selection's frames' {@link #view}s (at most {@value #SELECTED}), empty before any
     */
    public static float[] of(float[] mosaic, List<float[]> selected, VideoProbeKind kind) {
        if (selected.size() > SELECTED) {
            throw new IllegalArgumentException("at most " + SELECTED + " selected frames: " + selected.size());
        }
        int plane = VIEW * VIEW;
        float[] input = new float[CHANNELS * plane];
        System.arraycopy(mosaic, 0, input, 0, 3 * plane);
        for (int i = 0; i < selected.size(); i++) {
            System.arraycopy(selected.get(i), 0, input, (3 + 3 * i) * plane, 3 * plane);
        }
        if (!selected.isEmpty()) {
            Arrays.fill(input, (CHANNELS - 1) * plane, CHANNELS * plane, 1f);
        }
        int k = 3 + 3 * SELECTED + kind.ordinal();
        Arrays.fill(input, k * plane, (k + 1) * plane, 1f);
        return input;
    }

    private static void copy(BufferedImage small, float[] planes, int x0, int y0) {
        int plane = VIEW * VIEW;
        for (int y = 0; y < small.getHeight(); y++) {
            for (int x = 0; x < small.getWidth(); x++) {
                int rgb = small.getRGB(x, y);
                int i = (y0 + y) * VIEW + x0 + x;
                planes[i] = (rgb >> 16 & 0xFF) / 255f;
                planes[plane + i] = (rgb >> 8 & 0xFF) / 255f;
                planes[2 * plane + i] = (rgb & 0xFF) / 255f;
            }
        }
    }
}
