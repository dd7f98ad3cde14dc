package io.pixelstudio.trace.validate;

import io.pixelstudio.trace.index.SimpleTestFormat;
import io.pixelstudio.trace.index.TraceFile;
import io.pixelstudio.trace.progress.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatasetValidatorTest {

    @TempDir
    Path dir;

    private MediaLocator locator() {
        return written -> {
            Path resolved = dir.resolve(written).normalize();
            if (!resolved.startsWith(dir)) {
                throw new io.pixelstudio.trace.media.MediaPathException("'" + written + "' escapes " + dir);
            }
            return resolved;
        };
    }

    private static String line(String id, String image, String answer) {
        return "{\"id\":\"" + id + "\",\"turns\":[{\"role\":\"system\",\"text\":\"sys\"},"
                + "{\"role\":\"user\",\"text\":\"Q?\",\"image\":\"" + image + "\"},"
                + "{\"role\":\"assistant\",\"text\":\"" + answer + "\"}]}";
    }

    @Test
    void reportsIndexDecodeAndRuleFindingsWithTheirLines() throws IOException {
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "png", dir.resolve("a.png").toFile());
        Path file = Files.writeString(dir.resolve("d.jsonl"), String.join("\n",
                line("ok", "a.png", "\\\\boxed{A}"),
                "{broken",
                "{\"id\":\"nodec\"}",
                line("gone", "missing.png", "\\\\boxed{A}"),
                line("noanswer", "a.png", "I think A")) + "\n");
        TraceValidator rules = new TraceValidator(new ImageIoMediaInspector(), text -> java.util.Optional.empty(),
                ValidationOptions.sftData());
        try (TraceFile traces = TraceFile.open(file, new SimpleTestFormat(), ProgressListener.NONE)) {
            ValidationReport report = new DatasetValidator(rules).validate(traces, locator(), ProgressListener.NONE);
            assertThat(report.findings()).extracting(Finding::rule)
                    .containsExactly("json.malformed", "record.format", "media.missing", "answer.missing");
            assertThat(report.findings()).extracting(f -> f.location().line().getAsLong()).containsExactly(2L, 3L, 4L, 5L);
            assertThat(report.byRule(Rule.MEDIA_MISSING)).singleElement()
                    .satisfies(f -> assertThat(f.location().traceId()).contains("gone"));
            assertThat(report.hasErrors()).isTrue();
            assertThat(report.counts()).containsEntry(Severity.ERROR, 4L).containsEntry(Severity.WARNING, 0L);
        }
    }

    @Test
    void cleanFileHasNoErrorsAndReportsProgressPerRecord() throws IOException {
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", dir.resolve("a.png").toFile());
        Path file = Files.writeString(dir.resolve("c.jsonl"), line("a", "a.png", "\\\\boxed{1}") + "\n");
        List<Long> progress = new ArrayList<>();
        ProgressListener listener = new ProgressListener() {
            @Override
            public void progress(long done) {
                progress.add(done);
            }
        };
        TraceValidator rules = new TraceValidator(new ImageIoMediaInspector(), t -> java.util.Optional.empty(),
                ValidationOptions.sftData());
        try (TraceFile traces = TraceFile.open(file, new SimpleTestFormat(), ProgressListener.NONE)) {
            ValidationReport report = new DatasetValidator(rules).validate(traces, locator(), listener);
            assertThat(report.findings()).isEmpty();
            assertThat(report.hasErrors()).isFalse();
            assertThat(progress).endsWith(1L);
        }
    }

    @Test
    void cancelStopsValidation() throws IOException {
        Path file = Files.writeString(dir.resolve("x.jsonl"), line("a", "a.png", "x") + "\n");
        ProgressListener cancelled = new ProgressListener() {
            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        TraceValidator rules = new TraceValidator(new ImageIoMediaInspector(), t -> java.util.Optional.empty(),
                ValidationOptions.sftData());
        try (TraceFile traces = TraceFile.open(file, new SimpleTestFormat(), ProgressListener.NONE)) {
            assertThatThrownBy(() -> new DatasetValidator(rules).validate(traces, locator(), cancelled))
                    .isInstanceOf(CancellationException.class);
        }
    }
}
