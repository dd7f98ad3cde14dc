package io.pixelstudio.app.launch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class StartupChoiceTest {

    private final Path sample = Path.of("/opt/pixelstudio/lib/app/assets/sample/project");

    @Test
    void firstStartWithNoRecentFilesOpensTheSample() {
        assertThat(StartupChoice.withoutArguments(List.of(), () -> Optional.of(sample))).contains(sample);
    }

    @Test
    void laterStartsOpenTheNewestRecentFileThatStillExists(@TempDir Path dir) throws IOException {
        Path gone = dir.resolve("deleted.jsonl");
        Path older = Files.writeString(dir.resolve("older.jsonl"), "");
        Path oldest = Files.writeString(dir.resolve("oldest.jsonl"), "");
        assertThat(StartupChoice.withoutArguments(List.of(gone, older, oldest), () -> Optional.of(sample))).contains(older);
    }

    @Test
    void whenEveryRecentFileIsGoneTheSampleIsOpened(@TempDir Path dir) {
        assertThat(StartupChoice.withoutArguments(List.of(dir.resolve("gone")), () -> Optional.of(sample))).contains(sample);
    }

    @Test
    void withNeitherTheStudioStartsEmpty() {
        assertThat(StartupChoice.withoutArguments(List.of(), Optional::empty)).isEmpty();
    }
}
