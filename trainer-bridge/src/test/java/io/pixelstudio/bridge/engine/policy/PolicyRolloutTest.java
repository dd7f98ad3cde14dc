package io.pixelstudio.bridge.engine.policy;

import io.pixelstudio.bridge.engine.TestEngines;
import io.pixelstudio.bridge.engine.probes.ProbeGenerator;
import io.pixelstudio.bridge.engine.probes.ProbeItem;
import io.pixelstudio.bridge.engine.probes.ProbeSuiteWriter;
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

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyRolloutTest {

    @Test
    void rolloutsAreValidTracesThatTheProjectReaderOpens(@TempDir Path dir) throws IOException {
        ProbeSuiteWriter.Suite suite = new ProbeSuiteWriter(ProgressListener.NONE).write(dir, 4, 8);
        List<Trace> traces = new ArrayList<>();
        List<Integer> zooms = new ArrayList<>();
        try (PixelPolicy policy = new PixelPolicy(TestEngines.runtime(), new ZoomGrid(ProbeGenerator.GRID),
                AnswerVocabulary.probes(), 2)) {
            PolicyRollout rollout = new PolicyRollout(policy, dir);
            Random random = new Random(9);
            for (ProbeItem item : suite.items()) {
                for (int g = 0; g < 3; g++) {
                    PolicyRollout.Outcome o = rollout.run(item, ImageIO.read(dir.resolve(item.image()).toFile()),
                            item.id() + "-r" + g, random);
                    traces.add(o.trace());
                    zooms.add(o.zoomCells().size());
                    assertThat(o.trace().answers()).containsExactly(o.answer());
                }
            }
        }
        assertThat(zooms).contains(0, 1);
        TraceValidator validator = TraceValidator.withReferenceParser(new ImageIoMediaInspector(),
                ValidationOptions.sftData().withModelInput(size -> SmartResize.fit(size, ReplaySettings.TRAINING.inputBounds())));
        MediaResolver resolver = new MediaResolver(dir);
        for (Trace t : traces) {
            List<Finding> errors = validator.validate(t, Location.ofFile(dir.resolve("rollouts")), resolver::resolve)
                    .stream().filter(f -> f.severity() == Severity.ERROR).toList();
            assertThat(errors).as(t.id()).isEmpty();
        }
        new StudioProjectFormat().write(traces, dir.resolve("rollouts"), dir, ProgressListener.NONE);
        ReadResult read = new StudioProjectFormat().read(dir.resolve("rollouts"), ProgressListener.NONE);
        assertThat(read.traces()).extracting(Trace::id).isEqualTo(traces.stream().map(Trace::id).toList());
        for (int i = 0; i < traces.size(); i++) {
            assertThat(read.traces().get(i).turns()).hasSameSizeAs(traces.get(i).turns());
            assertThat(read.traces().get(i).answers()).isEqualTo(traces.get(i).answers());
        }
    }
}
