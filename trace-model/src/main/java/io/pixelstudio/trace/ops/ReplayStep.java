package io.pixelstudio.trace.ops;

import io.pixelstudio.trace.Box;

import java.util.Objects;
import java.util.Optional;

/**
 * One assistant turn's tool call as replayed: what was called, on which image, where the box lies
 * in each convention, and what the model got back.
 *
 * @param turnIndex    index of the assistant turn in the trace
 * @param call         the parsed call
 * @param executed     false when the reference would not run it (text not ending with the closing
 *                     tag, or the rollout's call/image limit reached); then {@code result} is empty
 * @param note         why it was not executed, or why the error text is not exact; else empty
 * @param sourceImage  1-based index of the image operated on (as the model counts), or empty
 * @param boxes        the zoom-in box in every convention, for a zoom-in that reached its image
 * @param result       what the model received
 */
public record ReplayStep(int turnIndex, ToolCall call, boolean executed, String note, Optional<Integer> sourceImage,
                         Optional<Boxes> boxes, Optional<OperationResult> result) {

    public ReplayStep {
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(sourceImage, "sourceImage");
        Objects.requireNonNull(boxes, "boxes");
        Objects.requireNonNull(result, "result");
    }

    /**
     * A zoom-in box in the three conventions. {@code normalized} and {@code modelInputPixels} are
     * relative to the image operated on (which may itself be a crop); {@code originalPixels} is
     * placed in the original file the image came from.
     *
     * @param cut               the region actually cut (after padding, clamping, rounding),
     *                          normalized to the image operated on
     * @param cutOriginalPixels the same region in original-file pixels
     * @param originalSource    0-based index of the original file (input image or video frame)
     */
    public record Boxes(Box normalized, Box modelInputPixels, Box originalPixels, CropGeometry geometry,
                        Box cut, Box cutOriginalPixels, int originalSource) {
    }
}
