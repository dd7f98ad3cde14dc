package io.pixelstudio.trace.validate;

import io.pixelstudio.trace.ops.ToolCall;

import java.util.Optional;

/**
 * Reads the tool call of an assistant turn's text. Production code passes
 * {@code io.pixelstudio.trace.ops.ToolCallParser::parse} (the reference parser); the indirection
 * lets rule tests state the parsed call directly.
 */
@FunctionalInterface
public interface ToolCallReader {

    /** The call in {@code assistantText}, or empty when it has none. */
    Optional<ToolCall> read(String assistantText);
}
