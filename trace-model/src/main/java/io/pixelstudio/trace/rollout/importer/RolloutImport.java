package io.pixelstudio.trace.rollout.importer;

import io.pixelstudio.trace.rollout.Rollout;
import io.pixelstudio.trace.validate.Finding;

import java.util.List;

/**
 * What an import produced: the rollouts that could be read, in file order, and a located finding
 * for each line that could not — so one bad line never hides the rest of a long training dump.
 */
public record RolloutImport(List<Rollout> rollouts, List<Finding> findings) {

    public RolloutImport {
        rollouts = List.copyOf(rollouts);
        findings = List.copyOf(findings);
    }
}
