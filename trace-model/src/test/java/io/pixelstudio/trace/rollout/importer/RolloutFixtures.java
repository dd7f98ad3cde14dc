package io.pixelstudio.trace.rollout.importer;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;

/** Paths of the rollout fixtures under {@code src/test/resources/rollouts}. */
final class RolloutFixtures {

    private RolloutFixtures() {
    }

    static Path path(String name) {
        try {
            return Path.of(Objects.requireNonNull(RolloutFixtures.class.getResource("/rollouts/" + name), name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
