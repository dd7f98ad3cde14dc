package io.pixelstudio.bridge.endpoint;

import io.pixelstudio.trace.ops.PixelBounds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EndpointProfilesTest {

    @TempDir
    Path folder;

    private EndpointProfile sample() {
        return EndpointProfile.defaults("vllm-7b", "http://gpu-box:8000/v1/", "TIGER-Lab/PixelReasoner-RL-v1")
                .withKeySource(KeySource.env("PIXEL_API_KEY"))
                .withDecoding(new Decoding(0.6, 0.95, 4096, OptionalLong.of(7)))
                .withLimits(new AgentLimits(3, 12, 8000))
                .withBounds(PixelBounds.TRAINING_INPUT, PixelBounds.TRAINING_CROP)
                .withTimeout(Duration.ofSeconds(90));
    }

    @Test
    void aSavedProfileReadsBackEqual() throws IOException {
        EndpointProfiles profiles = new EndpointProfiles(folder);
        profiles.save(sample());

        assertThat(profiles.load("vllm-7b")).contains(sample());
        assertThat(profiles.names()).containsExactly("vllm-7b");
        assertThat(sample().baseUrl()).isEqualTo("http://gpu-box:8000/v1");
    }

    @Test
    void theSavedFileHoldsTheVariableNameButNeverTheKey() throws IOException {
        EndpointProfiles profiles = new EndpointProfiles(folder);
        String key = "sk-live-4f9a8b7c6d5e";
        EndpointProfile profile = sample();
        assertThat(profile.keySource().resolve(name -> name.equals("PIXEL_API_KEY") ? key : null, "u")).contains(key);

        profiles.save(profile);

        String json = Files.readString(profiles.fileOf("vllm-7b"));
        assertThat(json).contains("\"apiKeyEnv\": \"PIXEL_API_KEY\"").contains("\"version\": 1").doesNotContain(key);
    }

    @Test
    void aNewerVersionIsRefusedNamingTheFileAndField() throws IOException {
        EndpointProfiles profiles = new EndpointProfiles(folder);
        profiles.save(sample());
        Path file = profiles.fileOf("vllm-7b");
        Files.writeString(file, Files.readString(file).replace("\"version\": 1", "\"version\": 2"));

        assertThatThrownBy(() -> profiles.load("vllm-7b")).isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("field version").hasMessageContaining("newer");
    }

    @Test
    void badValuesAreRefusedClearly() {
        assertThatThrownBy(() -> EndpointProfile.defaults("a b", "http://x/v1", "m")).hasMessageContaining("profile name");
        assertThatThrownBy(() -> EndpointProfile.defaults("a", "localhost:8000", "m")).hasMessageContaining("base URL");
        assertThatThrownBy(() -> KeySource.env("sk-123")).hasMessageContaining("not an environment variable name");
    }
}
