package io.pixelstudio.app.launch;

import io.pixelstudio.app.testing.SampleData;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LaunchArgumentsTest {

    @Test
    void noArgumentsOpensTheStudioAndLetsItChoose() {
        LaunchArguments launch = LaunchArguments.parse();
        assertThat(launch.studio()).isTrue();
        assertThat(launch.file()).isEmpty();
    }

    @Test
    void studioWithAFileOpensThatFile() {
        LaunchArguments launch = LaunchArguments.parse("studio", "data/traces.jsonl");
        assertThat(launch.studio()).isTrue();
        assertThat(launch.file()).contains(Path.of("data/traces.jsonl").toAbsolutePath());
    }

    @Test
    void aLoneProjectLinkFromAFileAssociationOpensItsProject() {
        String link = SampleData.checkout().resolve("assets/sample/sample.pxstudio").toString();
        assertThat(LaunchArguments.parse(link).file()).contains(SampleData.project());
        assertThat(LaunchArguments.parse("studio", link).file()).contains(SampleData.project());
    }

    @Test
    void otherArgumentsGoToTheCommandLine() {
        LaunchArguments launch = LaunchArguments.parse("validate", "x.jsonl", "--json");
        assertThat(launch.studio()).isFalse();
        assertThat(launch.cliArgs()).containsExactly("validate", "x.jsonl", "--json");
    }

    @Test
    void studioWithTwoFilesIsAUsageError() {
        assertThatThrownBy(() -> LaunchArguments.parse("studio", "a", "b")).isInstanceOf(LaunchException.class)
                .hasMessageContaining("usage: pixelstudio studio");
    }
}
