package io.pixelstudio.trace.ops;

import java.util.Optional;

/**
 * Finds and parses the tool call in an assistant turn's text, exactly as the reference code does.
 */
public final class ToolCallParser {

    private ToolCallParser() {
    }

    /**
     * The tool call in {@code assistantText}, or empty when the text has no {@code <tool_call>} tag.
     */
    public static Optional<ToolCall> parse(String assistantText) {
        throw new UnsupportedOperationException("ToolCallParser is being implemented");
    }
}
