package io.pixelstudio.trace.eval;

import io.pixelstudio.trace.validate.Finding;

import java.util.List;
import java.util.Objects;

/**
 * The predictions of one run (a checkpoint on one or more benchmarks) with their provenance, and
 * findings about records that could not be imported (located, never silently dropped).
 *
 * @param name        short name shown in tables (defaults to the file name)
 */
public record PredictionSet(String name, RunProvenance provenance, List<Prediction> predictions, List<Finding> findings) {

    public PredictionSet {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(provenance, "provenance");
        predictions = List.copyOf(predictions);
        findings = List.copyOf(findings);
    }
}
