package io.pixelstudio.app.studio;

import io.pixelstudio.app.testing.SampleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SampleLocatorTest {

    @Test
    void findsTheSampleUnderTheHomeProperty() {
        Path checkout = SampleData.checkout();
        assertThat(new SampleLocator(checkout.toString(), null).require()).isEqualTo(SampleData.project());
    }

    @Test
    void findsTheSampleTwoFoldersAboveTheJar() {
        Path jar = SampleData.checkout().resolve("app/target/pixelstudio.jar");
        assertThat(new SampleLocator(null, jar).find()).contains(SampleData.project());
    }

    @Test
    void findsTheSampleBesideTheJarInAnInstalledAppImage(@TempDir Path appDir) throws IOException {
        Path project = Files.createDirectories(appDir.resolve("assets/sample/project"));
        Files.writeString(project.resolve("project.json"), "{}");
        assertThat(new SampleLocator(null, appDir.resolve("pixelstudio.jar")).find()).contains(project.toAbsolutePath());
    }

    @Test
    void missingSampleIsAClearErrorNamingWhereItLooked(@TempDir Path empty) {
        SampleLocator locator = new SampleLocator(empty.toString(), empty.resolve("app/target/pixelstudio.jar"));
        assertThatThrownBy(locator::require).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(empty.resolve("assets/sample/project").toString())
                .hasMessageContaining("pixelstudio.home");
    }
}
