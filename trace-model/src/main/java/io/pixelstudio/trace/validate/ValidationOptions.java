package io.pixelstudio.trace.validate;

import java.util.Objects;
import java.util.Optional;

/**
 * How strict validation is.
 *
 * @param sft        the traces are SFT examples: a final {@code \boxed{}} answer and the
 *                   text-then-visual prompt order are required (RL prompts and rollouts differ)
 * @param modelInput how images are resized for the model; without it the rules that need
 *                   model-input pixels (pixel box bounds, crop too small) are skipped
 */
public record ValidationOptions(boolean sft, Optional<ModelInputSizer> modelInput) {

    public ValidationOptions {
        Objects.requireNonNull(modelInput, "modelInput");
    }

    /** SFT checks, no model-input size. */
    public static ValidationOptions sftData() {
        return new ValidationOptions(true, Optional.empty());
    }

    public ValidationOptions withModelInput(ModelInputSizer sizer) {
        return new ValidationOptions(sft, Optional.of(sizer));
    }
}
