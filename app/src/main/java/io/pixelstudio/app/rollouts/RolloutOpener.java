package io.pixelstudio.app.rollouts;

import io.pixelstudio.trace.Trace;

import java.nio.file.Path;
import java.util.List;

/**
 * Shows rollout traces in the main window's trace viewer. The rollout screen calls it with the
 * traces of the opened card's group and the card's index among them, so the researcher can step
 * through the whole group there; the studio's composition root decides how.
 */
@FunctionalInterface
public interface RolloutOpener {

    /**
     * @param dump        the dump the traces come from (for titles)
     * @param mediaFolder where their relative media paths resolve
     * @param traces      the traces to list, in group order
     * @param index       the one to select
     */
    void open(Path dump, Path mediaFolder, List<Trace> traces, int index);
}
