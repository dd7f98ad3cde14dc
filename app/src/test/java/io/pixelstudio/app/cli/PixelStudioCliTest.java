package io.pixelstudio.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PixelStudioCliTest {

    @TempDir
    Path tmp;

    @Test
    void formatsListsEveryRegisteredFormat() {
        CliRun run = CliRun.of("formats");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("studio-project", "sharegpt", "openai-messages");
    }

    @Test
    void statsCountsTracesAndOperationsOfAProject() {
        Path project = GoldenProject.copyTo(tmp);

        CliRun run = CliRun.of("stats", project.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("traces\\s+3\\b").containsPattern("zoom-in calls\\s+\\d+");
    }

    @Test
    void convertWritesShareGptWithOneImagePlaceholderPerImage() throws IOException {
        Path project = GoldenProject.copyTo(tmp);
        Path out = tmp.resolve("export.json");

        CliRun run = CliRun.of("convert", "--to", "sharegpt", project.toString(), out.toString());

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode exported = new ObjectMapper().readTree(out.toFile());
        assertThat(exported.size()).isEqualTo(3);
        for (JsonNode record : exported) {
            String text = record.get("messages").toString();
            int placeholders = text.split("<image>", -1).length - 1;
            int images = record.has("images") ? record.get("images").size() : 0;
            assertThat(placeholders).isEqualTo(images);
        }
    }

    @Test
    void convertRefusesAnUnknownTargetFormatNamingTheKnownOnes() {
        Path project = GoldenProject.copyTo(tmp);

        CliRun run = CliRun.of("convert", "--to", "nope", project.toString(), tmp.resolve("x").toString());

        assertThat(run.status()).isEqualTo(CliErrorHandler.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("unknown format 'nope'", "sharegpt");
    }

    @Test
    void validateExitsWithOneAndLocatesAMalformedLine() throws IOException {
        Path project = GoldenProject.copyTo(tmp);
        Path traces = project.resolve("traces.jsonl");
        String original = Files.readString(traces, StandardCharsets.UTF_8);
        Files.writeString(traces, original + "{\"schema\": 1, \"id\": broken\n", StandardCharsets.UTF_8);

        CliRun run = CliRun.of("validate", project.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("ERROR").contains(":4");
    }

    @Test
    void renderWritesTheAnnotatedSourceAndTheCropAtTheModelsResolution() throws IOException {
        Path project = GoldenProject.copyTo(tmp);
        Path out = tmp.resolve("render.png");

        CliRun run = CliRun.of("render", project.toString(), "--trace", "vstar-0001", "--turn", "2",
                "--bounds", "eval", "--out", out.toString());

        assertThat(run.status()).as(run.err() + run.out()).isZero();
        BufferedImage source = ImageIO.read(project.resolve("media/vstar/sa_4690.png").toFile());
        BufferedImage annotated = ImageIO.read(out.toFile());
        assertThat(annotated.getWidth()).isEqualTo(source.getWidth());
        BufferedImage crop = ImageIO.read(tmp.resolve("render-crop.png").toFile());
        assertThat(crop.getWidth() % 28).isZero();
        assertThat(crop.getHeight() % 28).isZero();
        assertThat(run.out()).contains("box original pixels", "model received 1 image(s) of "
                + crop.getWidth() + "x" + crop.getHeight());
    }

    @Test
    void renderFindsATraceWhenGivenTheProjectManifestRatherThanTheFolder() throws IOException {
        Path project = GoldenProject.copyTo(tmp);
        Path out = tmp.resolve("manifest-render.png");

        CliRun run = CliRun.of("render", project.resolve("project.json").toString(), "--trace", "vstar-0001",
                "--turn", "2", "--out", out.toString());

        assertThat(run.status()).as(run.err() + run.out()).isZero();
        assertThat(ImageIO.read(out.toFile()).getWidth())
                .isEqualTo(ImageIO.read(project.resolve("media/vstar/sa_4690.png").toFile()).getWidth());
    }

    @Test
    void renderReportsAMissingTraceClearly() {
        Path project = GoldenProject.copyTo(tmp);

        CliRun run = CliRun.of("render", project.toString(), "--trace", "nope", "--turn", "2",
                "--out", tmp.resolve("r.png").toString());

        assertThat(run.status()).isEqualTo(CliErrorHandler.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("no trace with id 'nope'");
    }

    @Test
    void renderPicksTheBoundsThatReproduceTheSampleTracesOwnCrop() throws IOException {
        Path out = tmp.resolve("bakery.png");

        CliRun run = CliRun.of("render", "../assets/sample/sample-sft.json", "--trace", "street-bakery-hours",
                "--turn", "2", "--out", out.toString());

        assertThat(run.status()).as(run.err() + run.out()).isZero();
        assertThat(run.out()).contains("replayed with training pixel bounds").doesNotContain("warning");
        String stated = run.out().replaceAll("(?s).*model received 1 image\\(s\\) of (\\d+x\\d+).*", "$1");
        BufferedImage crop = ImageIO.read(tmp.resolve("bakery-crop.png").toFile());
        assertThat(crop.getWidth() + "x" + crop.getHeight()).isEqualTo(stated);
    }

    @Test
    void boundsAreAcceptedInAnyCase() {
        CliRun run = CliRun.of("render", "../assets/sample/sample-sft.json", "--trace", "street-bakery-hours",
                "--turn", "2", "--bounds", "eval", "--out", tmp.resolve("e.png").toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("replayed with eval pixel bounds", "warning: the trace's observation states");
    }
}
