package io.pixelstudio.trace.rollout.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RolloutImportersTest {

    private final RolloutImporters importers = new RolloutImporters(0);

    @Test
    void detectsEachFormatFromItsFirstRecord() throws IOException {
        assertThat(importers.detect(RolloutFixtures.path("pixelreasoner/sample.jsonl")).id())
                .isEqualTo(PixelReasonerDumpImporter.ID);
        assertThat(importers.detect(RolloutFixtures.path("verl_rollouts.jsonl")).id())
                .isEqualTo(PromptResponseImporter.ID);
        assertThat(importers.detect(RolloutFixtures.path("studio_rollouts.jsonl")).id())
                .isEqualTo(StudioRolloutsFormat.ID);
    }

    @Test
    void unknownLayoutAndUnknownIdAreRefused(@TempDir Path dir) throws IOException {
        Path other = dir.resolve("other.jsonl");
        Files.writeString(other, "{\"text\": \"hello\"}\n");

        assertThatThrownBy(() -> importers.detect(other)).hasMessageContaining("--format");
        assertThatThrownBy(() -> importers.byId("nope")).hasMessageContaining(PromptResponseImporter.ID);
    }
}
