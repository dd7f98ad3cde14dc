package io.pixelstudio.trace.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaResolverTest {

    @TempDir
    Path root;

    private Path dataset;
    private MediaResolver resolver;

    @BeforeEach
    void setUp() throws Exception {
        dataset = Files.createDirectories(root.resolve("dataset"));
        resolver = new MediaResolver(dataset);
    }

    @Test
    void resolvesRelativePathAgainstDatasetFolder() throws Exception {
        assertThat(resolver.resolve("images/a.jpg")).isEqualTo(dataset.resolve("images/a.jpg"));
    }

    @Test
    void normalisesRelativePathThatStaysInside() throws Exception {
        assertThat(resolver.resolve("images/../videos/./v.mp4")).isEqualTo(dataset.resolve("videos/v.mp4"));
    }

    @Test
    void keepsAbsolutePathAsGiven() throws Exception {
        Path elsewhere = root.resolve("other/b.png").toAbsolutePath();
        assertThat(resolver.resolve(elsewhere.toString())).isEqualTo(elsewhere);
    }

    @Test
    void refusesEmptyAndBlankPaths() {
        assertThatThrownBy(() -> resolver.resolve("")).isInstanceOf(MediaPathException.class)
                .hasMessageContaining("empty media path").hasMessageContaining(dataset.toString());
        assertThatThrownBy(() -> resolver.resolve("   ")).isInstanceOf(MediaPathException.class)
                .hasMessageContaining("empty media path");
    }

    @Test
    void refusesParentEscape() {
        assertThatThrownBy(() -> resolver.resolve("../x.jpg")).isInstanceOf(MediaPathException.class)
                .hasMessageContaining("'../x.jpg'").hasMessageContaining("escapes the dataset folder " + dataset);
    }

    @Test
    void refusesEscapeHiddenBehindAFolderName() {
        assertThatThrownBy(() -> resolver.resolve("a/../../x.jpg")).isInstanceOf(MediaPathException.class)
                .hasMessageContaining("'a/../../x.jpg'").hasMessageContaining(root.resolve("x.jpg").toString());
    }

    @Test
    void refusesSiblingFolderSharingThePrefix() {
        assertThatThrownBy(() -> resolver.resolve("../dataset-evil/x.jpg")).isInstanceOf(MediaPathException.class);
    }

    @Test
    void refusesExistingFileReachedThroughSymlinkOutside() throws Exception {
        Path outside = Files.createDirectories(root.resolve("outside"));
        Files.writeString(outside.resolve("secret.jpg"), "x");
        Files.createSymbolicLink(dataset.resolve("link"), outside);
        assertThatThrownBy(() -> resolver.resolve("link/secret.jpg")).isInstanceOf(MediaPathException.class)
                .hasMessageContaining("symbolic link").hasMessageContaining("link/secret.jpg");
    }

    @Test
    void refusesMissingFileUnderSymlinkedFolderOutside() throws Exception {
        Path outside = Files.createDirectories(root.resolve("outside"));
        Files.createSymbolicLink(dataset.resolve("link"), outside);
        assertThatThrownBy(() -> resolver.resolve("link/not-yet.jpg")).isInstanceOf(MediaPathException.class)
                .hasMessageContaining("symbolic link");
    }

    @Test
    void acceptsSymlinkThatStaysInside() throws Exception {
        Path real = Files.createDirectories(dataset.resolve("real"));
        Files.writeString(real.resolve("a.jpg"), "x");
        Files.createSymbolicLink(dataset.resolve("alias"), real);
        assertThat(resolver.resolve("alias/a.jpg")).isEqualTo(dataset.resolve("alias/a.jpg"));
    }

    @Test
    void acceptsDatasetFolderThatIsItselfASymlink() throws Exception {
        Files.writeString(dataset.resolve("a.jpg"), "x");
        Path linkedBase = Files.createSymbolicLink(root.resolve("linked-dataset"), dataset);
        assertThat(new MediaResolver(linkedBase).resolve("a.jpg")).isEqualTo(linkedBase.resolve("a.jpg"));
    }

    @Test
    void refusesPathWithNulCharacter() {
        assertThatThrownBy(() -> resolver.resolve("a\u0000.jpg")).isInstanceOf(MediaPathException.class)
                .hasMessageContaining("invalid media path");
    }

    @Test
    void resolveLocalKeepsUrlsEmptyAndInvalidPathsOutAndRefusesEscapes() throws Exception {
        assertThat(resolver.resolveLocal("")).isEmpty();
        assertThat(resolver.resolveLocal("https://example.org/a.jpg")).isEmpty();
        assertThat(resolver.resolveLocal("a\u0000.jpg")).isEmpty();
        assertThat(resolver.resolveLocal("images/../a.jpg")).contains(dataset.resolve("a.jpg"));
        Path elsewhere = root.resolve("other/x/../b.png").toAbsolutePath();
        assertThat(resolver.resolveLocal(elsewhere.toString())).contains(elsewhere.normalize());
        assertThatThrownBy(() -> resolver.resolveLocal("../x.jpg")).isInstanceOf(MediaPathException.class);
        assertThatThrownBy(() -> resolver.resolveLocal("  ")).isInstanceOf(MediaPathException.class);
    }
}
