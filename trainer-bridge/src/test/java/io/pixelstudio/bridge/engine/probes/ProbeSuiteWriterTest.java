package io.pixelstudio.bridge.engine.probes;

import io.pixelstudio.trace.Evidence;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.ReadResult;
import io.pixelstudio.trace.format.project.StudioProjectFormat;
import io.pixelstudio.trace.progress.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ProbeSuiteWriterTest {

    @Test
    void writesImagesManifestProjectAndHeldOutGroundTruth(@TempDir Path dir) throws IOException {
        ProbeSuiteWriter.Suite suite = new ProbeSuiteWriter(ProgressListener.NONE).write(dir, 11, 10);

        assertThat(suite.synthesis().anyFailed()).as("synthesis findings %s", suite.synthesis().findings()).isFalse();
        assertThat(ProbeManifest.read(dir.resolve(ProbeManifest.FILE))).isEqualTo(suite.items());
        suite.items().forEach(item -> assertThat(dir.resolve(item.image())).isRegularFile());
        long train = suite.items().stream().filter(i -> i.split() == ProbeSplit.TRAIN).count();
        assertThat(suite.traces()).hasSize((int) (2 * train) - suite.synthesis().withoutTrace().size());

        ReadResult read = new StudioProjectFormat().read(dir.resolve(ProbeSuiteWriter.PROJECT), ProgressListener.NONE);
        assertThat(read.traces()).hasSameSizeAs(suite.traces());
        for (Trace t : read.traces()) {
            assertThat(t.evidence()).singleElement().isInstanceOf(Evidence.Region.class);
        }
        assertThat(Files.readAllLines(dir.resolve(ProbeSuiteWriter.GROUND_TRUTH))).hasSize(2)
                .allSatisfy(line -> assertThat(line).contains("\"qid\":\"probe-0000").contains("\"answer\":"));
    }
}
