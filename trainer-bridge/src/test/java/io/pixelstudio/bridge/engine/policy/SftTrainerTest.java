package io.pixelstudio.bridge.engine.policy;

import io.pixelstudio.bridge.engine.EngineEventLog;
import io.pixelstudio.bridge.engine.TestEngines;
import io.pixelstudio.bridge.engine.probes.ProbeGenerator;
import io.pixelstudio.bridge.engine.probes.ProbeSuiteWriter;
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

import static org.assertj.core.api.Assertions.assertThat;

class SftTrainerTest {

    @TempDir
    static Path suiteDir;
    static ProbeSuiteWriter.Suite suite;
    static List<SftExample> examples;

    @BeforeAll
    static void writeSuite() throws IOException {
        suite = new ProbeSuiteWriter(ProgressListener.NONE).write(suiteDir, 3, 20);
        examples = new SftExamples(new ZoomGrid(ProbeGenerator.GRID), AnswerVocabulary.probes())
                .of(suite.traces(), suite.folder());
    }

    @Test
    void teacherForcingTeachesTheEvidenceZoomAndTheAnswer() {
        assertThat(examples).anySatisfy(e -> assertThat(e.action()).isEqualTo(PolicyNetwork.ACTION_ZOOM));
        assertThat(examples).anySatisfy(e -> assertThat(e.action()).isEqualTo(PolicyNetwork.ACTION_ANSWER));
        assertThat(examples).filteredOn(e -> e.action() == PolicyNetwork.ACTION_ZOOM)
                .allSatisfy(e -> assertThat(e.cell()).isBetween(0, 15));
        assertThat(examples).filteredOn(e -> e.action() == PolicyNetwork.ACTION_ANSWER)
                .allSatisfy(e -> assertThat(e.answer()).isNotNegative());
        java.util.Map<String, Long> perTrace = examples.stream()
                .collect(java.util.stream.Collectors.groupingBy(SftExample::traceId, java.util.stream.Collectors.counting()));
        assertThat(perTrace).hasSize(suite.traces().size());
        perTrace.forEach((id, n) -> {
            if (id.endsWith("single-pass")) {
                assertThat(n).as(id).isEqualTo(2L);
            } else {
                assertThat(n).as(id).isBetween(2L, 3L);
            }
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
             PixelPolicy policy = newPolicy(1)) {
            events.started("sft", 0);
            result = new SftTrainer(events).train(policy, examples, new SftSettings(6, 8, 3e-3f, 1), run.resolve("ckpt"));
            events.ended("succeeded");
        }
        assertThat(result.epochLosses().get(result.epochLosses().size() - 1)).isLessThan(result.epochLosses().get(0) * 0.8);
        assertThat(run.resolve("ckpt/epoch-6").resolve(PixelPolicy.NAME + "-0006.params")).isRegularFile();

        List<String> lines = Files.readAllLines(run.resolve(EngineEventLog.FILE));
        RunEventParser parser = new RunEventParser();
        List<RunEvent> reread = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            reread.add(parser.parse(i + 1, lines.get(i)));
        }
        assertThat(reread).isEqualTo(seen).noneMatch(e -> e instanceof RunEvent.Malformed);
        assertThat(reread.get(0)).isInstanceOf(RunEvent.Started.class);
        assertThat(reread.get(reread.size() - 1)).isEqualTo(new RunEvent.Ended(lines.size(), "succeeded"));
        assertThat(reread).filteredOn(e -> e instanceof RunEvent.Metrics).hasSize((int) result.steps())
                .allSatisfy(e -> assertThat(((RunEvent.Metrics) e).values()).containsKey("loss"));
        assertThat(reread).filteredOn(e -> e instanceof RunEvent.Checkpoint).hasSize(6);
    }

    @Test
    void theSameSeedTrainsToTheSameLosses(@TempDir Path run) throws IOException {
        assertThat(train(run.resolve("a"), 5)).isEqualTo(train(run.resolve("b"), 5));
    }

    private static List<Double> train(Path run, long seed) throws IOException {
        try (EngineEventLog events = new EngineEventLog(run, new RunListener() { });
             PixelPolicy policy = newPolicy(seed)) {
            return new SftTrainer(events).train(policy, examples, new SftSettings(2, 8, 3e-3f, seed), run.resolve("c"))
                    .epochLosses();
        }
    }

    private static PixelPolicy newPolicy(long seed) {
        return new PixelPolicy(TestEngines.runtime(), new ZoomGrid(ProbeGenerator.GRID), AnswerVocabulary.probes(), seed);
    }
}
