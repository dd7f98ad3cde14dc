package io.pixelstudio.trace.edit;

import io.pixelstudio.trace.media.ImageLoader;
import io.pixelstudio.trace.media.MediaResolver;
import io.pixelstudio.trace.testing.PixelDifference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileObservationRendererTest {

    @TempDir
    Path folder;

    @Test
    void samePixelsGiveTheSameFileAndOtherPixelsAnother() throws Exception {
        EditFixtures fx = new EditFixtures(folder);
        BufferedImage a = EditFixtures.pattern(64, 48, 1);

        String first = fx.renderer.store(a);
        String again = fx.renderer.store(EditFixtures.pattern(64, 48, 1));
        String other = fx.renderer.store(EditFixtures.pattern(64, 48, 2));

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(first).matches("edited-crops/[0-9a-f]{32}\\.png");
        assertThat(PixelDifference.max(fx.load(first), a)).isZero();
        try (var files = Files.list(folder.resolve("edited-crops"))) {
            assertThat(files.map(p -> p.getFileName().toString())).hasSize(2).noneMatch(n -> n.endsWith(".bak"));
        }
    }

    @Test
    void aCropInAProjectsMediaSubfolderIsNamedAsTheTraceResolvesIt() throws Exception {
        MediaResolver resolver = new MediaResolver(folder);
        ImageLoader loader = new ImageLoader();
        FileObservationRenderer renderer = new FileObservationRenderer(folder.resolve("media"), resolver, loader);

        String path = renderer.store(EditFixtures.pattern(40, 30, 4));

        assertThat(path).matches("media/edited-crops/[0-9a-f]{32}\\.png");
        assertThat(resolver.resolve(path)).isRegularFile();
    }

    @Test
    void aFileOfOtherPixelsUnderTheNameIsNeverReplaced() throws Exception {
        EditFixtures fx = new EditFixtures(folder);
        BufferedImage a = EditFixtures.pattern(64, 48, 1);
        String path = fx.renderer.store(a);
        Path file = folder.resolve(path);
        ImageIO.write(EditFixtures.pattern(64, 48, 9), "png", file.toFile());
        byte[] foreign = Files.readAllBytes(file);

        assertThatThrownBy(() -> fx.renderer.store(a)).isInstanceOf(EditException.class)
                .hasMessageContaining("refusing to replace");
        assertThat(Files.readAllBytes(file)).isEqualTo(foreign);
    }

    @Test
    void aPathEscapingTheDocumentFolderIsRefusedAsALoadError() {
        EditFixtures fx = new EditFixtures(folder);
        assertThatThrownBy(() -> fx.renderer.load("../../etc/passwd")).isInstanceOf(EditException.class)
                .hasMessageContaining("cannot load image '../../etc/passwd'").hasMessageContaining("escapes");
    }
}
