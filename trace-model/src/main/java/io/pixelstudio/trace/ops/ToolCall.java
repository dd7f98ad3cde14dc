package io.pixelstudio.trace.ops;

import io.pixelstudio.trace.VisualOperation;

import java.util.Objects;
import java.util.Optional;

/**
 * The tool call at the end of an assistant turn, as the reference parser sees it: the JSON between
 * the last {@code <tool_call>} and the next {@code </tool_call>}.
 */
public sealed interface ToolCall {

    /** The JSON text between the tags, verbatim. */
    String json();

    /** A call the reference environment would execute. */
    record Valid(VisualOperation operation, String json) implements ToolCall {
        public Valid {
            Objects.requireNonNull(operation, "operation");
            Objects.requireNonNull(json, "json");
        }
    }

    /**
     * A call that cannot be executed (bad JSON, unknown tool, missing arguments), with why.
     *
     * @param message        a clear explanation for people
     * @param referenceError the exact text the reference environment puts after
     *                       {@code "Execution error:\n"} (Python's {@code str(e)}), when it can be
     *                       reproduced; empty for JSON syntax errors, whose Python wording is not
     *                       reproduced
     */
    record Invalid(String json, String message, Optional<String> referenceError) implements ToolCall {
        public Invalid {
            Objects.requireNonNull(json, "json");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(referenceError, "referenceError");
        }

        /** An invalid call whose reference error text is not known. */
        public Invalid(String json, String message) {
            this(json, message, Optional.empty());
        }
    }
}
