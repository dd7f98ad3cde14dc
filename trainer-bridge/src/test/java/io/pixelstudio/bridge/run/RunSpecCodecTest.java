package io.pixelstudio.bridge.run;

import io.pixelstudio.bridge.testing.SampleSpecs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunSpecCodecTest {

    private final RunSpecCodec codec = new RunSpecCodec();

    @Test
    void aSpecRoundTripsThroughItsFileWithTheVersionFirstAndLowerCaseKind(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("spec.json");
        codec.write(SampleSpecs.rl(), file);

        String json = Files.readString(file);
        assertThat(json).startsWith("{\n  \"version\" : 1,");
        assertThat(json).contains("\"kind\" : \"rl\"");
        assertThat(codec.read(file)).isEqualTo(SampleSpecs.rl());
    }

    @Test
    void anUnknownFieldIsAnErrorNamingTheFileLineAndField() {
        String json = codec.toJson(SampleSpecs.rl()).replace("\"seed\" : 49,", "\"seed\" : 49,\n    \"learning_rate\" : 0.1,");

        assertThatThrownBy(() -> codec.parse(json, Path.of("spec.json")))
                .isInstanceOf(RunSpecException.class)
                .hasMessageStartingWith("spec.json:")
                .hasMessageContaining("hyperparameters.learning_rate")
                .satisfies(e -> assertThat(((RunSpecException) e).field()).isEqualTo("hyperparameters.learning_rate"));
    }

    @Test
    void anInvalidValueIsReportedWithItsFieldAndTheReason() {
        String json = codec.toJson(SampleSpecs.rl()).replace("\"groupSize\" : 8", "\"groupSize\" : 0");

        assertThatThrownBy(() -> codec.parse(json, Path.of("spec.json")))
                .isInstanceOf(RunSpecException.class)
                .hasMessageContaining("groupSize must be >= 1");
    }

    @Test
    void aNewerVersionIsRefusedWithAMessageSayingSo() {
        String json = codec.toJson(SampleSpecs.rl()).replace("\"version\" : 1", "\"version\" : 7");

        assertThatThrownBy(() -> codec.parse(json, Path.of("spec.json")))
                .isInstanceOf(RunSpecException.class)
                .hasMessageContaining("version 7 is not one this build reads");
    }

    @Test
    void brokenJsonIsLocatedByLine() {
        assertThatThrownBy(() -> codec.parse("{\n  \"version\": 1,\n  \"name\": }", Path.of("s.json")))
                .isInstanceOf(RunSpecException.class)
                .hasMessageStartingWith("s.json:3:");
    }
}
