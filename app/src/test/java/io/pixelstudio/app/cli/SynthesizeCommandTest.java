package io.pixelstudio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.ReadResult;
import io.pixelstudio.trace.format.pixelreasoner.PixelReasonerSftFormat;
import io.pixelstudio.trace.format.project.StudioProjectFormat;
import io.pixelstudio.trace.progress.ProgressListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pixelstudio synthesize} over a small JSONL whose items point at the bundled sample media:
 * output written and readable, summary counts, skipped lines and the exit status.
 */
class SynthesizeCommandTest {

    private static final Path SAMPLE = Paths.get("..", "assets", "sample");

    private static String items() throws Exception {
        return Path.of(SynthesizeCommandTest.class.getResource("synth-items.jsonl").toURI()).toString();
    }

    @Test
    void bothModesWriteAnSftFileThatValidatesAndReportsSkippedLinesWithExitOne(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("synth.json");
        CliRun run = CliRun.of("synthesize", items(), "--out", out.toString(), "--media-base", SAMPLE.toString(),
                "--seed", "3");

        assertThat(run.status()).as(run.err()).isEqualTo(SynthesizeCommand.EXIT_SOME_FAILED);
        assertThat(run.err()).contains("synth-items.jsonl:5 field box_units", "unknown box_units 'cm'");
        assertThat(run.out()).contains("items read: 4 (1 line(s) skipped)",
                "traces written: 4 single-pass, 3 self-correction",
                "skipped chart-everything self-correction: the evidence leaves no region whose crop misses it");
        ReadResult read = new PixelReasonerSftFormat().read(out, ProgressListener.NONE);
        assertThat(read.findings()).isEmpty();
        assertThat(read.traces()).extracting(Trace::id).containsExactly("street-hours-single-pass",
                "street-hours-self-correction", "chart-july-single-pass", "chart-july-self-correction",
                "chart-everything-single-pass", "traffic-green-single-pass", "traffic-green-self-correction");
        assertThat(dir.resolve("synth-crops")).isDirectory();

        CliRun validate = CliRun.of("validate", out.toString());
        assertThat(validate.status()).as(validate.out() + validate.err()).isZero();
    }

    @Test
    void selfCorrectionAloneFallsBackToSinglePassIntoAStudioProject(@TempDir Path dir) throws Exception {
        Path clean = dir.resolve("items.jsonl");
        Files.write(clean, Files.readAllLines(Path.of(items())).subList(1, 3));
        Path project = dir.resolve("project");
        CliRun run = CliRun.of("synthesize", clean.toString(), "--out", project.toString(), "--mode", "self-correction",
                "--media-base", SAMPLE.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("traces written: 1 single-pass, 1 self-correction",
                "fell back to single pass: chart-everything");
        ReadResult read = new StudioProjectFormat().read(project, ProgressListener.NONE);
        assertThat(read.findings()).isEmpty();
        CliRun validate = CliRun.of("validate", project.toString());
        assertThat(validate.status()).as(validate.out() + validate.err()).isZero();
        assertThat(read.traces()).extracting(Trace::id)
                .containsExactly("chart-july-self-correction", "chart-everything-single-pass");
        assertThat(read.traces().get(0).review().tags()).containsExactly("synthesized", "self-correction");
    }

    @Test
    void anUnknownTemplatePlaceholderStopsTheRunWithItsLocation(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("zoom.txt"), "Zoom into {evidence}.\n");
        CliRun run = CliRun.of("synthesize", items(), "--out", dir.resolve("o.json").toString(),
                "--templates", dir.toString(), "--media-base", SAMPLE.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("zoom.txt:1", "unknown placeholder {evidence}");
        assertThat(dir.resolve("o.json")).doesNotExist();
    }
}
