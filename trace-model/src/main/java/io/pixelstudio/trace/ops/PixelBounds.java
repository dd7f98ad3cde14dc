package io.pixelstudio.trace.ops;

/**
 * The pixel-count range smart_resize fits an image into. Which range applied decides every size
 * the model saw, so it is recorded with each run; the named constants are the values the reference
 * code uses (checked against {@code curiosity_driven_rl} and {@code instruction_tuning}).
 *
 * @param minPixels the fewest pixels of the result
 * @param maxPixels the most pixels of the result
 */
public record PixelBounds(long minPixels, long maxPixels) {

    /** One visual token's area: a 28x28 patch (14 px patches merged 2x2). */
    public static final int TOKEN_AREA = 28 * 28;

    /** Input images at evaluation: {@code eval_minpixel=256}, {@code eval_maxpixel=8000} tokens. */
    public static final PixelBounds EVAL_INPUT = tokens(256, 8000);
    /** Input images in RL training: 4 to {@code raw_maxsize=2000} tokens. */
    public static final PixelBounds TRAINING_INPUT = tokens(4, 2000);
    /** Crops at evaluation: 256 to 5120 tokens. */
    public static final PixelBounds EVAL_CROP = tokens(256, 5120);
    /** Crops in RL training: 4 to {@code zoom_maxsize=1000} tokens. */
    public static final PixelBounds TRAINING_CROP = tokens(4, 1000);
    /** Selected frames in RL training: 4 to {@code select_maxsize=400} tokens (at eval frames are not resized). */
    public static final PixelBounds TRAINING_FRAMES = tokens(4, 400);
    /** {@code MIN_PIXELS}/{@code MAX_PIXELS} of the README and {@code eval_vlm_new.sh}: 512 to 5120 tokens (vLLM processor). */
    public static final PixelBounds README_EVAL = tokens(512, 5120);
    /** The vLLM engine's processor when the environment sets nothing: 256 to 5120 tokens. */
    public static final PixelBounds VLLM_DEFAULT = tokens(256, 5120);
    /**
     * Video frames given as images: the data processor sets {@code max_pixels=512*28*28} and
     * qwen-vl-utils' {@code fetch_image} keeps its default minimum of 4 tokens.
     */
    public static final PixelBounds VIDEO_FRAME_INPUT = tokens(4, 512);
    /** The SFT trainer's image processor ({@code sft_tool.py} defaults): 3136 to 12845056 px. */
    public static final PixelBounds SFT = new PixelBounds(3136, 12_845_056);
    /** qwen-vl-utils' own defaults: 4 to 16384 tokens. */
    public static final PixelBounds QWEN_DEFAULT = tokens(4, 16384);

    public PixelBounds {
        if (minPixels <= 0 || maxPixels < minPixels) {
            throw new IllegalArgumentException("pixel bounds must satisfy 0 < min <= max: [" + minPixels + ", " + maxPixels + "]");
        }
    }

    /** Bounds given in visual tokens (28x28 patches), as the reference code writes them. */
    public static PixelBounds tokens(long minTokens, long maxTokens) {
        return new PixelBounds(minTokens * TOKEN_AREA, maxTokens * TOKEN_AREA);
    }
}
