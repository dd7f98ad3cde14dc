package io.pixelstudio.bridge.tokens;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.media.ImageSize;
import io.pixelstudio.trace.ops.PixelBounds;
import io.pixelstudio.trace.ops.SmartResize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;

/**
 * Counts a trace's tokens as a Qwen2.5-VL processor would build its sequence: the chat template
 * ({@code <|im_start|>role\n … <|im_end|>\n}, the default system turn when the trace has none), each
 * image as {@code <|vision_start|><|image_pad|><|vision_end|>} with the pad repeated once per visual
 * token of the resized image (one token per 28×28 patch after smart resize), each video as
 * {@code <|video_pad|>} repeated per frame pair (temporal patch 2). The text goes through the model
 * folder's own {@code tokenizer.json}; nothing is downloaded.
 */
public final class TraceTokenCounter implements AutoCloseable {

    static final String IMAGE = "<|vision_start|><|image_pad|><|vision_end|>";
    static final String VIDEO = "<|vision_start|><|video_pad|><|vision_end|>";
    static final String DEFAULT_SYSTEM = "You are a helpful assistant.";
    private static final int TEMPORAL_PATCH = 2;

    private final HuggingFaceTokenizer tokenizer;
    private final PixelBounds imageBounds;
    private final PixelBounds frameBounds;

    private TraceTokenCounter(HuggingFaceTokenizer tokenizer, PixelBounds imageBounds, PixelBounds frameBounds) {
        this.tokenizer = tokenizer;
        this.imageBounds = imageBounds;
        this.frameBounds = frameBounds;
    }

    /**
     * Reads {@code tokenizer.json} from a local model folder.
     *
     * @param imageBounds the processor's pixel bounds for images (e.g. {@link PixelBounds#SFT})
     * @param frameBounds the bounds for video frames (e.g. {@link PixelBounds#VIDEO_FRAME_INPUT})
     * @throws IOException when the folder has no readable {@code tokenizer.json}
     */
    public static TraceTokenCounter open(Path modelFolder, PixelBounds imageBounds, PixelBounds frameBounds)
            throws IOException {
        Path file = Files.isDirectory(modelFolder) ? modelFolder.resolve("tokenizer.json") : modelFolder;
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no tokenizer.json (the model folder must hold the tokenizer)");
        }
        HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.builder().optTokenizerPath(file)
                .optAddSpecialTokens(false).optTruncation(false).optPadding(false).build();
        return new TraceTokenCounter(tokenizer, Objects.requireNonNull(imageBounds, "imageBounds"),
                Objects.requireNonNull(frameBounds, "frameBounds"));
    }

    /**
     * Counts {@code trace}.
     *
     * @param imageSizes the original size of an image path as the trace names it (read from the file's header)
     */
    public TokenCount count(Trace trace, Function<String, ImageSize> imageSizes) {
        StringBuilder text = new StringBuilder();
        long visual = 0;
        int images = 0;
        if (trace.turns().isEmpty() || trace.turns().get(0).role() != Role.SYSTEM) {
            text.append("<|im_start|>system\n").append(DEFAULT_SYSTEM).append("<|im_end|>\n");
        }
        for (Turn turn : trace.turns()) {
            text.append("<|im_start|>").append(turn.role().wireName()).append('\n');
            for (Content item : turn.content()) {
                if (item instanceof Content.Text t) {
                    text.append(t.text());
                } else if (item instanceof Content.Image image) {
                    text.append(IMAGE);
                    visual += SmartResize.visualTokens(SmartResize.fit(imageSizes.apply(image.path()), imageBounds)) - 1;
                    images++;
                } else if (item instanceof Content.Video video) {
                    text.append(VIDEO);
                    visual += videoTokens(video, imageSizes) - 1;
                }
            }
            text.append("<|im_end|>\n");
        }
        return new TokenCount(tokens(text.toString()), visual, images);
    }

    private long videoTokens(Content.Video video, Function<String, ImageSize> imageSizes) {
        if (video.framePaths().isEmpty()) {
            return 1;
        }
        ImageSize frame = SmartResize.fit(imageSizes.apply(video.framePaths().get(0)), frameBounds);
        long pairs = (video.framePaths().size() + TEMPORAL_PATCH - 1) / TEMPORAL_PATCH;
        return pairs * SmartResize.visualTokens(frame);
    }

    /** Tokens of {@code text} as the model's tokenizer splits it (no special tokens added). */
    public long tokens(String text) {
        Encoding encoding = tokenizer.encode(text, false, false);
        return encoding.getIds().length;
    }

    @Override
    public void close() {
        tokenizer.close();
    }
}
