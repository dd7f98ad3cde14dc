package io.pixelstudio.bridge.run;

import java.util.Objects;

/**
 * One field two specs disagree on, as the studio's spec diff lists it.
 *
 * @param field JSON path, e.g. {@code hyperparameters.learningRate} or {@code devices[1]}
 * @param left  the first spec's value as JSON text, empty when the field is absent there
 * @param right the second spec's value as JSON text, empty when absent there
 */
public record SpecDifference(String field, String left, String right) {

    public SpecDifference {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }
}
