package io.pixelstudio.bridge.tokens;

/**
 * What one trace costs: template and text tokens as the tokenizer counts them, and the image and
 * video placeholders expanded to their visual tokens.
 *
 * @param textTokens   tokens of the chat-templated text, each visual placeholder counted once
 * @param visualTokens visual tokens of every image and video, from the resize rule
 * @param images       images in the trace (question images, crops, selected frames)
 */
public record TokenCount(long textTokens, long visualTokens, int images) {

    /** Every token the model sees for this trace. */
    public long total() {
        return textTokens + visualTokens;
    }

    /** True when the trace fits in a sequence of {@code maxLength} tokens. */
    public boolean fits(int maxLength) {
        return total() <= maxLength;
    }
}
