package io.pixelstudio.app.runs;

import io.pixelstudio.bridge.run.DataSource;
import io.pixelstudio.bridge.run.RunSpec;

import java.util.Objects;
import java.util.Optional;

/**
 * A run to start, and whether each checkpoint it writes should be evaluated at once on
 * {@code evaluationData} (the evaluations' predictions then appear in Compare).
 */
public record LaunchRequest(RunSpec spec, Optional<DataSource> evaluationData) {

    public LaunchRequest {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(evaluationData, "evaluationData");
    }
}
