package io.pixelstudio.bridge.engine.probes;

import io.pixelstudio.trace.Content;
import io.pixelstudio.trace.Evidence;
import io.pixelstudio.trace.Media;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.ReadResult;
import io.pixelstudio.trace.format.project.StudioProjectFormat;
import io.pixelstudio.trace.media.MediaResolver;
import io.pixelstudio.trace.ops.ReplaySettings;
import io.pixelstudio.trace.ops.SmartResize;
import io.pixelstudio.trace.progress.ProgressListener;
import io.pixelstudio.trace.validate.Finding;
import io.pixelstudio.trace.validate.ImageIoMediaInspector;
import io.pixelstudio.trace.validate.Location;
import io.pixelstudio.trace.validate.Severity;
import io.pixelstudio.trace.validate.TraceValidator;
import io.pixelstudio.trace.validate.ValidationOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VideoProbeSuiteWriterTest {

    @Test
    void writesFramesManifestValidProjectAndHeldOutGroundTruth(@TempDir Path dir) throws IOException {
        VideoProbeSuiteWriter.Suite suite = new VideoProbeSuiteWriter(ProgressListener.NONE).write(dir, 11, 10);

        assertThat(VideoProbeManifest.read(dir.resolve(VideoProbeManifest.FILE))).isEqualTo(suite.items());
        suite.items().forEach(item -> item.frames().forEach(f -> assertThat(dir.resolve(f)).isRegularFile()));
        long train = suite.items().stream().filter(i -> i.split() == ProbeSplit.TRAIN).count();
        long trainShapes = suite.items().stream()
                .filter(i -> i.split() == ProbeSplit.TRAIN && !i.kind().flashes()).count();
        assertThat(suite.traces()).as("findings %s", suite.synthesis().findings())
                .hasSize((int) (2 * train - trainShapes));

        ReadResult read = new StudioProjectFormat().read(dir.resolve(VideoProbeSuiteWriter.PROJECT), ProgressListener.NONE);
        assertThat(read.traces()).extracting(Trace::id).isEqualTo(suite.traces().stream().map(Trace::id).toList());
        TraceValidator validator = TraceValidator.withReferenceParser(new ImageIoMediaInspector(),
                ValidationOptions.sftData().withModelInput(size -> SmartResize.fit(size, ReplaySettings.TRAINING.inputBounds())));
        MediaResolver resolver = new MediaResolver(dir.resolve(VideoProbeSuiteWriter.PROJECT));
        for (Trace t : read.traces()) {
            assertThat(t.media()).singleElement().isInstanceOf(Media.Video.class);
            assertThat(t.evidence()).singleElement().isInstanceOf(Evidence.FrameRange.class);
            assertThat(t.turns().stream().flatMap(turn -> turn.content().stream())
                    .filter(c -> c instanceof Content.Text text && text.text().contains("\"select_frames\""))).isNotEmpty();
            List<Finding> errors = validator.validate(t, Location.ofFile(dir.resolve("project")), resolver::resolve)
                    .stream().filter(f -> f.severity() == Severity.ERROR).toList();
            assertThat(errors).as(t.id()).isEmpty();
        }
        long selfCorrections = read.traces().stream().filter(t -> t.id().endsWith("-self-correction")).count();
        assertThat(selfCorrections).isPositive();
        List<String> truth = Files.readAllLines(dir.resolve(VideoProbeSuiteWriter.GROUND_TRUTH));
        assertThat(truth).hasSize(2).allSatisfy(line -> assertThat(line).contains("\"qid\":\"video-0000")
                .contains("\"evidence_frames\":[").contains("\"video\":[\"../videos/video-0000"));
    }
}
