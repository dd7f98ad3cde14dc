package io.pixelstudio.app.launch;

import io.pixelstudio.app.testing.SampleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectLinkTest {

    @Test
    void theBundledSampleLinkResolvesToTheSampleProject() {
        Path link = SampleData.checkout().resolve("assets/sample/sample.pxstudio");
        assertThat(ProjectLink.resolve(link)).isEqualTo(SampleData.project());
    }

    @Test
    void relativeProjectPathsAreResolvedAgainstTheLinksFolderNotTheWorkingFolder(@TempDir Path dir) throws IOException {
        Path project = Files.createDirectories(dir.resolve("runs/p1"));
        Files.writeString(project.resolve("project.json"), "{}");
        Path link = Files.writeString(Files.createDirectories(dir.resolve("links")).resolve("p1.PXSTUDIO"),
                "{\"version\": 1, \"project\": \"../runs/p1\"}");
        assertThat(ProjectLink.isLink(link)).isTrue();
        assertThat(ProjectLink.resolve(link)).isEqualTo(project.toAbsolutePath().normalize());
    }

    @Test
    void absoluteProjectPathsAreKept(@TempDir Path dir) throws IOException {
        Path project = Files.createDirectories(dir.resolve("p"));
        Files.writeString(project.resolve("project.json"), "{}");
        Path link = Files.writeString(dir.resolve("elsewhere.pxstudio"),
                "{\"version\": 1, \"project\": " + quoted(project.toAbsolutePath().toString()) + "}");
        assertThat(ProjectLink.resolve(link)).isEqualTo(project.toAbsolutePath());
    }

    @Test
    void aFolderWithoutProjectJsonIsRejectedNamingTheFieldAndFolder(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("notaproject"));
        Path link = Files.writeString(dir.resolve("x.pxstudio"), "{\"version\": 1, \"project\": \"notaproject\"}");
        assertThatThrownBy(() -> ProjectLink.resolve(link)).isInstanceOf(LaunchException.class)
                .hasMessageContaining(link.toString()).hasMessageContaining("\"project\"")
                .hasMessageContaining("notaproject").hasMessageContaining("no project.json");
    }

    @Test
    void anUnknownVersionIsRejectedNamingTheField(@TempDir Path dir) throws IOException {
        Path link = Files.writeString(dir.resolve("x.pxstudio"), "{\"version\": 2, \"project\": \".\"}");
        assertThatThrownBy(() -> ProjectLink.resolve(link)).isInstanceOf(LaunchException.class)
                .hasMessageContaining("\"version\"").hasMessageContaining("expected 1, found 2");
    }

    @Test
    void brokenJsonIsRejectedWithItsLine(@TempDir Path dir) throws IOException {
        Path link = Files.writeString(dir.resolve("x.pxstudio"), "{\n  \"version\": 1,\n  \"project\" \"p\"\n}");
        assertThatThrownBy(() -> ProjectLink.resolve(link)).isInstanceOf(LaunchException.class)
                .hasMessageContaining(link.toString()).hasMessageContaining("line 3");
    }

    @Test
    void aMissingProjectFieldIsRejected(@TempDir Path dir) throws IOException {
        Path link = Files.writeString(dir.resolve("x.pxstudio"), "{\"version\": 1}");
        assertThatThrownBy(() -> ProjectLink.resolve(link)).isInstanceOf(LaunchException.class)
                .hasMessageContaining("field \"project\"");
    }

    @Test
    void onlyPxstudioNamesAreLinks() {
        assertThat(ProjectLink.isLink(Path.of("a/b.pxstudio"))).isTrue();
        assertThat(ProjectLink.isLink(Path.of("a/project.json"))).isFalse();
        assertThat(ProjectLink.isLink(Path.of("pxstudio"))).isFalse();
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
