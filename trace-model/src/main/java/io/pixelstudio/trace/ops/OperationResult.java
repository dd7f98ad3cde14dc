package io.pixelstudio.trace.ops;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;

/**
 * What the reference environment returned to the model for one tool call: the images it appended
 * with the text before them, or the error it reported. {@link #observationText()} is the exact text
 * of the user turn that followed.
 */
public sealed interface OperationResult {

    /** The text of the observation turn (before any image items). */
    String observationText();

    /** The operation ran; {@code images} are what the model received, in order. */
    record Success(List<BufferedImage> images, String resultText) implements OperationResult {
        public Success {
            images = List.copyOf(images);
            Objects.requireNonNull(resultText, "resultText");
        }

        @Override
        public String observationText() {
            return resultText;
        }
    }

    /** The operation failed; {@code errorText} is Python's {@code str(e)} as the reference reports it. */
    record Failure(String errorText) implements OperationResult {
        public Failure {
            Objects.requireNonNull(errorText, "errorText");
        }

        @Override
        public String observationText() {
            return ResultTurnTexts.error(errorText);
        }
    }
}
