package io.pixelstudio.bridge.engine.policy;

import io.pixelstudio.bridge.engine.probes.ProbeKind;
import io.pixelstudio.trace.ops.ImageResampler;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * What the policy sees at one step, as the network's input planes ({@code CHANNELS × VIEW × VIEW}):
 * the whole image downsampled (3), the last crop downsampled or zeros before any zoom (3), the
 * question kind one-hot (one constant plane per kind) and a plane of ones once it has zoomed.
 * Why the whole image stays in view after a zoom: after a crop without the evidence the policy must
 * still know where else to look, as in a self-correction trace. At {@value #VIEW} px a probe cell is
 * 16 px of the whole view (a glyph box 5 px: unreadable, but visible as a bright blob), while a cell's
 * crop fills the view at half its pixel size (a glyph 20 px: readable).
 */
public final class PolicyInput {

    /** Side of every view, in pixels: too coarse to read the probes' small evidence whole. */
    public static final int VIEW = 64;
    /** Question kinds, one constant plane each. */
    public static final int KINDS = ProbeKind.values().length;
    /** Constant planes after the two views: the kinds, then has-zoomed. */
    public static final int FLAG_PLANES = KINDS + 1;
    /** Input planes. */
    public static final int CHANNELS = 6 + FLAG_PLANES;

    private PolicyInput() {
    }

    /** {@code image} downsampled (Pillow-style bicubic) to the view, as 3 planes of values in [0, 1]. */
    public static float[] view(BufferedImage image) {
        BufferedImage small = ImageResampler.resize(Objects.requireNonNull(image, "image"), VIEW, VIEW);
        float[] planes = new float[3 * VIEW * VIEW];
        for (int y = 0; y < VIEW; y++) {
            for (int x = 0; x < VIEW; x++) {
                int rgb = small.getRGB(x, y);
                int i = y * VIEW + x;
                planes[i] = (rgb >> 16 & 0xFF) / 255f;
                planes[VIEW * VIEW + i] = (rgb >> 8 & 0xFF) / 255f;
                planes[2 * VIEW * VIEW + i] = (rgb & 0xFF) / 255f;
            }
        }
        return planes;
    }

    /**
     * The input planes for one step.
     *
     * @param whole the whole image's {@link #view}
     * @param crop  the last crop's {@link #view}, or null before any zoom
     */
    public static float[] of(float[] whole, float[] crop, ProbeKind kind) {
        int plane = VIEW * VIEW;
        float[] input = new float[CHANNELS * plane];
        System.arraycopy(whole, 0, input, 0, 3 * plane);
        if (crop != null) {
            System.arraycopy(crop, 0, input, 3 * plane, 3 * plane);
            java.util.Arrays.fill(input, (CHANNELS - 1) * plane, CHANNELS * plane, 1f);
        }
        int k = 6 + kind.ordinal();
        java.util.Arrays.fill(input, k * plane, (k + 1) * plane, 1f);
        return input;
    }
}
