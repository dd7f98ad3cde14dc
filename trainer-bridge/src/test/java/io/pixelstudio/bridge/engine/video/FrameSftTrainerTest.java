package io.pixelstudio.bridge.engine.video;

import io.pixelstudio.bridge.engine.EngineEventLog;
import io.pixelstudio.bridge.engine.TestEngines;
import io.pixelstudio.bridge.engine.policy.AnswerVocabulary;
import io.pixelstudio.bridge.engine.policy.SftSettings;
import io.pixelstudio.bridge.engine.policy.SftTrainer;
import io.pixelstudio.bridge.engine.probes.VideoProbeItem;
import io.pixelstudio.bridge.engine.probes.VideoProbeSuiteWriter;
import io.pixelstudio.bridge.events.RunEvent;
import io.pixelstudio.bridge.events.RunEventParser;
import io.pixelstudio.bridge.events.RunListener;
import io.pixelstudio.trace.progress.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class FrameSftTrainerTest {

    @TempDir
    static Path suiteDir;
    static VideoProbeSuiteWriter.Suite suite;
    static List<FrameSftExample> examples;

    @BeforeAll
    static void writeSuite() throws IOException {
        suite = new VideoProbeSuiteWriter(ProgressListener.NONE).write(suiteDir, 3, 12);
        examples = new FrameSftExamples(AnswerVocabulary.videoProbes()).of(suite.traces(), suite.folder());
    }

    @Test
    void teacherForcingTeachesTheEvidenceFramesAndTheAnswer() {
        Map<String, VideoProbeItem> items = suite.items().stream()
                .collect(Collectors.toMap(VideoProbeItem::id, Function.identity()));
        Map<String, List<FrameSftExample>> perTrace = examples.stream()
                .collect(Collectors.groupingBy(FrameSftExample::traceId));
        assertThat(perTrace).hasSize(suite.traces().size());
        perTrace.forEach((id, steps) -> {
            // single pass: select + answer; self-correction: the wrong selection is not taught
            assertThat(steps).as(id).hasSize(2);
            assertThat(steps.get(0).action()).isEqualTo(FrameNetwork.ACTION_SELECT);
            assertThat(steps.get(1).action()).isEqualTo(FrameNetwork.ACTION_ANSWER);
            VideoProbeItem item = items.get(id.substring(0, "video-00000".length()));
            float[] target = steps.get(0).frames();
            for (int n = 1; n <= FrameInput.FRAMES; n++) {
                if (target[n - 1] > 0) {
                    assertThat(item.evidenceFrames()).as(id).contains(n);
                }
            }
            assertThat(sum(target)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
            assertThat(AnswerVocabulary.videoProbes().answer(steps.get(1).answer())).isEqualTo(item.answer());
        });
        assertThat(perTrace.keySet()).anyMatch(id -> id.endsWith("self-correction"));
    }

    @Test
    void aTinyRunLowersTheLossAndReportsParsableEvents(@TempDir Path run) throws IOException {
        List<RunEvent> seen = new ArrayList<>();
        SftTrainer.Result result;
        try (EngineEventLog events = new EngineEventLog(run, new RunListener() {
                 @Override
                 public void accept(RunEvent event) {
                     seen.add(event);
                 }
             });
             FramePolicy policy = new FramePolicy(TestEngines.runtime(), AnswerVocabulary.videoProbes(), 1)) {
            events.started("sft", 0);
            result = new FrameSftTrainer(events).train(policy, examples, new SftSettings(6, 8, 3e-3f, 1),
                    run.resolve("ckpt"));
            events.ended("succeeded");
        }
        List<Double> losses = result.epochLosses();
        assertThat(losses.get(losses.size() - 1)).isLessThan(losses.get(0) * 0.8);
        assertThat(run.resolve("ckpt/epoch-6").resolve(FramePolicy.NAME + "-0006.params")).isRegularFile();
        List<String> lines = Files.readAllLines(run.resolve(EngineEventLog.FILE));
        RunEventParser parser = new RunEventParser();
        List<RunEvent> reread = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            reread.add(parser.parse(i + 1, lines.get(i)));
        }
        assertThat(reread).isEqualTo(seen);
        assertThat(reread).filteredOn(e -> e instanceof RunEvent.Metrics).hasSize((int) result.steps())
                .allSatisfy(e -> assertThat(((RunEvent.Metrics) e).values()).containsKeys("loss", "loss/frames"));
    }

    @Test
    void theSameSeedTrainsToTheSameLosses(@TempDir Path run) throws IOException {
        assertThat(train(run.resolve("a"), 5)).isEqualTo(train(run.resolve("b"), 5));
    }

    private static List<Double> train(Path run, long seed) throws IOException {
        try (EngineEventLog events = new EngineEventLog(run, new RunListener() { });
             FramePolicy policy = new FramePolicy(TestEngines.runtime(), AnswerVocabulary.videoProbes(), seed)) {
            return new FrameSftTrainer(events).train(policy, examples, new SftSettings(2, 8, 3e-3f, seed),
                    run.resolve("c")).epochLosses();
        }
    }

    private static double sum(float[] values) {
        double s = 0;
        for (float v : values) {
            s += v;
        }
        return s;
    }
}
