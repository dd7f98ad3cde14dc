package io.pixelstudio.app.studio.main;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

class RecentFilesTest {

    private final Preferences node = Preferences.userRoot().node("io/pixelstudio/test-" + UUID.randomUUID());

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void newestFirstWithoutDuplicatesAndTheOldestFallsOff() {
        RecentFiles recent = new RecentFiles(node, 3);
        recent.add(Path.of("/data/a.json"));
        recent.add(Path.of("/data/b.json"));
        recent.add(Path.of("/data/c.json"));
        recent.add(Path.of("/data/a.json"));
        assertThat(recent.list()).containsExactly(Path.of("/data/a.json"), Path.of("/data/c.json"), Path.of("/data/b.json"));
        recent.add(Path.of("/data/d.json"));
        assertThat(recent.list()).containsExactly(Path.of("/data/d.json"), Path.of("/data/a.json"), Path.of("/data/c.json"));
    }

    @Test
    void survivesANewInstanceOnTheSameNode() {
        new RecentFiles(node).add(Path.of("/data/x.jsonl"));
        assertThat(new RecentFiles(node).list()).containsExactly(Path.of("/data/x.jsonl"));
        new RecentFiles(node).clear();
        assertThat(new RecentFiles(node).list()).isEmpty();
    }

    @Test
    void relativePathsAreStoredAbsolute() {
        RecentFiles recent = new RecentFiles(node);
        recent.add(Path.of("some/file.json"));
        assertThat(recent.list().get(0).isAbsolute()).isTrue();
        assertThat(recent.list().get(0).endsWith(Path.of("some/file.json"))).isTrue();
    }
}
