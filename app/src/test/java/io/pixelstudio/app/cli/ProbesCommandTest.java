package io.pixelstudio.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ProbesCommandTest {

    @Test
    void writesASuiteAndSummarisesIt(@TempDir Path dir) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = PixelStudioCli.run(new String[] {"probes", "--out", dir.toString(), "--seed", "2", "--count", "5"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("items: 5 (4 train, 1 held out)");
        assertThat(dir.resolve("project/project.json")).isRegularFile();
        assertThat(dir.resolve("benchmark/ground-truth.jsonl")).isRegularFile();
    }

    @Test
    void writesAVideoSuiteWithTheVideoFlag(@TempDir Path dir) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = PixelStudioCli.run(new String[] {"probes", "--video", "--out", dir.toString(), "--seed", "2",
                "--count", "5"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream()));
        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("videos: 5 (4 train, 1 held out)");
        assertThat(dir.resolve("videos.jsonl")).isRegularFile();
        assertThat(dir.resolve("videos/video-00000/frame-16.png")).isRegularFile();
        assertThat(dir.resolve("project/project.json")).isRegularFile();
    }

    @Test
    void refusesAZeroCount(@TempDir Path dir) {
        int status = PixelStudioCli.run(new String[] {"probes", "--out", dir.toString(), "--count", "0"},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
        assertThat(status).isNotZero();
    }
}
