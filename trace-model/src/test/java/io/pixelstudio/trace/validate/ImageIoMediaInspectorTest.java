package io.pixelstudio.trace.validate;

import io.pixelstudio.trace.media.ImageSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageIoMediaInspectorTest {

    @TempDir
    Path dir;

    private final ImageIoMediaInspector inspector = new ImageIoMediaInspector();

    @Test
    void readsWidthAndHeightFromPngAndJpegHeaders() throws IOException {
        Path png = dir.resolve("a.png");
        Path jpg = dir.resolve("b.jpg");
        ImageIO.write(new BufferedImage(123, 45, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        ImageIO.write(new BufferedImage(30, 70, BufferedImage.TYPE_INT_RGB), "jpg", jpg.toFile());
        assertThat(inspector.imageSize(png)).isEqualTo(new ImageSize(123, 45));
        assertThat(inspector.imageSize(jpg)).isEqualTo(new ImageSize(30, 70));
        assertThat(inspector.exists(png)).isTrue();
        assertThat(inspector.exists(dir)).isFalse();
    }

    @Test
    void nonImageFileIsAnIoErrorNamingTheFile() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.jpg"), "not an image");
        assertThatThrownBy(() -> inspector.imageSize(text)).isInstanceOf(IOException.class).hasMessageContaining("notes.jpg");
    }
}
