package io.pixelstudio.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class FramesCommandTest {

    private static final Path SAMPLE_VIDEO = Paths.get("..", "assets", "sample", "media", "traffic.mp4");

    @TempDir
    Path tmp;

    @Test
    void framesSamplesEvenlySpacedFramesAndRecordsTheirIndices() throws IOException {
        CliRun run = CliRun.of("frames", SAMPLE_VIDEO.toString(), "--out", tmp.toString(), "--count", "4");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("75 frames").contains("sampled frames [0, 25, 49, 74]");
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.filter(p -> p.toString().endsWith(".jpg")).count()).isEqualTo(4);
        }
        JsonNode manifest = new ObjectMapper().readTree(tmp.resolve("traffic.frames.json").toFile());
        assertThat(manifest.toString()).contains("74");
    }

    @Test
    void framesReportsATruncatedOrNonVideoFileByName() throws IOException {
        Path notVideo = Files.writeString(tmp.resolve("notes.mp4"), "not a video");

        CliRun run = CliRun.of("frames", notVideo.toString(), "--out", tmp.resolve("out").toString());

        assertThat(run.status()).isEqualTo(CliErrorHandler.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("notes.mp4");
    }
}
