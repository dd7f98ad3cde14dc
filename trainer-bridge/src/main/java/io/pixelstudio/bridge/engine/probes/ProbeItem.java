package io.pixelstudio.bridge.engine.probes;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;

import java.util.Objects;

/**
 * One generated probe: its image (relative to the suite folder), the evidence box in original
 * pixels, the grid cell holding the evidence, the question, answer and split.
 *
 * @param cell the row-major index of the {@code grid × grid} cell that wholly contains the evidence
 *             box (small kinds), or the cell of the evidence's centre (large shapes)
 */
public record ProbeItem(String id, ProbeKind kind, String image, int width, int height, Box evidence, int grid,
                       int cell, String answer, ProbeSplit split) {

    public ProbeItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(split, "split");
        if (evidence.convention() != BoxConvention.ORIGINAL_PIXELS) {
            throw new IllegalArgumentException("the evidence box is in original pixels");
        }
        if (cell < 0 || cell >= grid * grid) {
            throw new IllegalArgumentException("cell " + cell + " is outside a " + grid + "×" + grid + " grid");
        }
        if (!kind.answers().contains(answer)) {
            throw new IllegalArgumentException("'" + answer + "' is no answer of kind " + kind.id());
        }
    }

    /** The question as asked. */
    public String question() {
        return kind.question();
    }
}
