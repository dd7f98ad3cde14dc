package io.pixelstudio.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the packaged command line as a user does ({@code java -jar target/pixelstudio.jar}), so a
 * packaging change that loses a native library (FFmpeg inside Humble Video, DuckDB) or a service
 * registration fails the build, not the user.
 */
class PackagedCliIT {

    private static final Path JAR = Paths.get("target", "pixelstudio.jar");

    @TempDir
    Path tmp;

    @Test
    void packagedJarDecodesVideoWithItsBundledNatives() throws Exception {
        Result result = run("frames", Paths.get("..", "assets", "sample", "media", "traffic.mp4").toString(),
                "--out", tmp.toString(), "--count", "3");

        assertThat(result.status).as(result.output).isZero();
        assertThat(result.output).contains("75 frames", "sampled frames [0, 37, 74]");
    }

    @Test
    void packagedJarFindsEveryFormatThroughItsServiceRegistrations() throws Exception {
        Result result = run("formats");

        assertThat(result.status).as(result.output).isZero();
        assertThat(result.output).contains("pixelreasoner-sft", "pixelreasoner-rl", "studio-project", "sharegpt",
                "openai-messages");
    }

    @Test
    void packagedJarWritesParquetThroughDuckDbsBundledNative() throws Exception {
        Path rl = Paths.get("..", "trace-model", "src", "test", "resources", "golden", "pixelreasoner", "rl.json");
        Path parquet = tmp.resolve("rl.parquet");

        Result result = run("convert", "--to", "pixelreasoner-rl", rl.toString(), parquet.toString());

        assertThat(result.status).as(result.output).isZero();
        assertThat(parquet).exists();
    }

    private static Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("pixelstudio " + String.join(" ", args) + " did not finish in 120 s");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.exitValue(), output);
    }

    private record Result(int status, String output) {
    }
}
