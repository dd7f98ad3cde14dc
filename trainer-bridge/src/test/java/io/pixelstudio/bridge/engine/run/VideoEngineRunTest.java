package io.pixelstudio.bridge.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pixelstudio.bridge.engine.EngineEventLog;
import io.pixelstudio.bridge.engine.TestEngines;
import io.pixelstudio.bridge.engine.video.FramePolicy;
import io.pixelstudio.bridge.events.RunEvent;
import io.pixelstudio.bridge.events.RunListener;
import io.pixelstudio.bridge.run.Hyperparameters;
import io.pixelstudio.bridge.run.RunSpec;
import io.pixelstudio.bridge.run.RunSpecException;
import io.pixelstudio.trace.Evidence;
import io.pixelstudio.trace.Media;
import io.pixelstudio.trace.eval.Benchmark;
import io.pixelstudio.trace.eval.Prediction;
import io.pixelstudio.trace.eval.PredictionSet;
import io.pixelstudio.trace.eval.SampleScore;
import io.pixelstudio.trace.eval.faithfulness.FaithfulnessJudge;
import io.pixelstudio.trace.eval.importer.ImportOptions;
import io.pixelstudio.trace.eval.importer.PredictionImporters;
import io.pixelstudio.trace.eval.metric.BenchmarkScorers;
import io.pixelstudio.trace.format.TraceFormats;
import io.pixelstudio.trace.progress.ProgressListener;
import io.pixelstudio.trace.rollout.Rollout;
import io.pixelstudio.trace.rollout.importer.RolloutImport;
import io.pixelstudio.trace.rollout.importer.RolloutImporters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class VideoEngineRunTest {

    @TempDir
    Path dir;

    private EngineRun.Result run(RunSpec spec, Path runFolder, List<RunEvent> seen) throws Exception {
        return new EngineRun(TestEngines.runtime(), ProgressListener.NONE).run(spec, runFolder, new RunListener() {
            @Override
            public void accept(RunEvent event) {
                seen.add(event);
            }
        });
    }

    @Test
    void aVideoRunGeneratesTheVideoSuiteTrainsTheFramePolicyAndEvaluatesIntoScorablePredictions() throws Exception {
        List<RunEvent> seen = new ArrayList<>();
        Path suite = dir.resolve("videos");
        EngineRun.Result result = run(TinyRuns.videoSftThenRl(suite, 3), dir.resolve("run"), seen);

        assertThat(suite.resolve("videos.jsonl")).isRegularFile();
        assertThat(suite.resolve("probes.jsonl")).doesNotExist();
        assertThat(result.sftEpochLosses()).hasSize(3);
        assertThat(result.sftEpochLosses().get(2)).isLessThan(result.sftEpochLosses().get(0));
        assertThat(result.rlSteps()).hasSize(3);
        assertThat(seen.get(seen.size() - 1)).isEqualTo(new RunEvent.Ended(seen.size(), "succeeded"));
        List<RunEvent.Checkpoint> checkpoints = seen.stream().filter(e -> e instanceof RunEvent.Checkpoint)
                .map(e -> (RunEvent.Checkpoint) e).toList();
        assertThat(checkpoints).extracting(c -> Path.of(c.path()).getFileName().toString())
                .containsExactly("epoch-1", "epoch-2", "epoch-3", "step-00002", "step-00003");
        long sftSteps = checkpoints.get(2).step();
        assertThat(checkpoints.get(4).step()).isEqualTo(sftSteps + 3);
        assertThat(Path.of(checkpoints.get(3).path()).resolve(FramePolicy.NAME + "-0002.params")).isRegularFile();
        assertThat(result.lastCheckpoint()).contains(Path.of(checkpoints.get(4).path()));
        assertThat(seen).filteredOn(e -> e instanceof RunEvent.Metrics m && m.values().containsKey("loss/frames"))
                .isNotEmpty();

        List<RunEvent.Rollouts> rollouts = seen.stream().filter(e -> e instanceof RunEvent.Rollouts)
                .map(e -> (RunEvent.Rollouts) e).toList();
        assertThat(rollouts).extracting(RunEvent.Rollouts::step).containsExactly(sftSteps + 1, sftSteps + 2, sftSteps + 3);
        for (RunEvent.Rollouts r : rollouts) {
            Path file = Path.of(r.path());
            RolloutImport imported = new RolloutImporters(0).detect(file).read(file);
            assertThat(imported.findings()).isEmpty();
            assertThat(imported.rollouts()).hasSize(2 * 4).allMatch(Rollout::video);
        }

        RunEvent.Predictions predictions = seen.stream().filter(e -> e instanceof RunEvent.Predictions)
                .map(e -> (RunEvent.Predictions) e).findFirst().orElseThrow();
        assertThat(predictions.benchmark()).isEqualTo("probes");
        Path file = Path.of(predictions.path());
        assertThat(file).isEqualTo(dir.resolve("run/evaluation/held-out.predictions.jsonl"));
        PredictionSet set = PredictionImporters.standard(TraceFormats.discover()).detect(file).orElseThrow()
                .read(file, ImportOptions.defaults());
        assertThat(set.findings()).isEmpty();
        assertThat(set.predictions()).hasSize(3).allSatisfy(p -> {
            assertThat(p.benchmark()).isEqualTo(Benchmark.PROBES);
            assertThat(p.trace().orElseThrow().evidence()).singleElement().isInstanceOf(Evidence.FrameRange.class);
            Media.Video video = (Media.Video) p.trace().orElseThrow().media().get(0);
            assertThat(video.framePaths()).hasSize(16).allSatisfy(f -> assertThat(Path.of(f)).isAbsolute().isRegularFile());
        });
        List<SampleScore> scores = BenchmarkScorers.benchmarkMetrics().scoreAll(set.predictions());
        Map<String, Double> figures = result.evaluation();
        assertThat(figures.get("eval/accuracy"))
                .isCloseTo(scores.stream().mapToDouble(SampleScore::score).average().orElseThrow(), within(1e-9));
        long selected = set.predictions().stream()
                .filter(p -> p.recorded().get(Prediction.RECORDED_TOOL_CALLS) > 0).count();
        assertThat(figures.get("eval/rapr")).isCloseTo(selected / 3.0, within(1e-9));
        assertThat(figures).containsKeys("eval/operations", "eval/evidence_frame_hit");
        assertThat(figures.get("eval/evidence_frame_hit")).isBetween(0.0, figures.get("eval/rapr"));
        List<RunEvent.Metrics> evaluations = seen.stream().filter(e -> e instanceof RunEvent.Metrics m
                && m.values().containsKey("eval/accuracy")).map(e -> (RunEvent.Metrics) e).toList();
        assertThat(evaluations).extracting(RunEvent.Metrics::step).containsExactly(sftSteps + 2, sftSteps + 3);
        assertThat(evaluations.get(1).values()).isEqualTo(figures);
        JsonNode summary = new ObjectMapper().readTree(file.resolveSibling(HeldOutPredictions.SUMMARY).toFile());
        assertThat(summary.get("items").asInt()).isEqualTo(3);
        figures.forEach((key, value) -> assertThat(summary.get("metrics").get(key).asDouble()).as(key)
                .isCloseTo(value, within(1e-12)));
        // Compare judges faithfulness from the evidence frames against the frames the trace selected
        assertThat(new FaithfulnessJudge().verdicts(set.predictions(), scores)).allSatisfy(v -> assertThat(v).isPresent());
        assertThat(Files.readAllLines(dir.resolve("run").resolve(EngineEventLog.FILE))).hasSize(seen.size());
    }

    @Test
    void theSameSeedGivesTheSameVideoRun() throws Exception {
        Path suite = dir.resolve("videos");
        List<RunEvent> first = new ArrayList<>();
        List<RunEvent> second = new ArrayList<>();
        RunSpec spec = smaller(TinyRuns.videoSftThenRl(suite, 5));
        run(spec, dir.resolve("a"), first);
        run(spec, dir.resolve("b"), second);

        assertThat(metrics(second)).isEqualTo(metrics(first)).isNotEmpty();
    }

    @Test
    void anUnknownVariantIsRefusedByField() {
        RunSpec video = TinyRuns.videoSftThenRl(dir, 1);
        Map<String, String> extra = new HashMap<>(video.hyperparameters().extra());
        extra.put("variant", "audio");
        Hyperparameters h = video.hyperparameters();
        RunSpec bad = new RunSpec(video.name(), video.kind(), video.recipe(), video.baseModel(), video.data(),
                new Hyperparameters(h.learningRate(), 1, 8, 1, 8192, 1, "full", 16, 32, 4, 3, 1.0, extra),
                video.reward(), video.devices(), "", "");

        assertThatThrownBy(() -> EngineRunSettings.of(bad)).isInstanceOf(RunSpecException.class)
                .hasMessageContaining("hyperparameters.extra.variant").hasMessageContaining("audio")
                .hasMessageContaining("image or video");
    }

    @Test
    void aVideoRunOnAnImageSuiteNamesTheMismatch() throws Exception {
        Path suite = Files.createDirectories(dir.resolve("probes"));
        Files.writeString(suite.resolve("probes.jsonl"), "");
        List<RunEvent> seen = new ArrayList<>();

        assertThatThrownBy(() -> run(TinyRuns.videoSftThenRl(suite, 1), dir.resolve("run"), seen))
                .hasMessageContaining("probes.jsonl").hasMessageContaining("extra.variant");
        assertThat(seen).last().isEqualTo(new RunEvent.Ended(seen.size(), "failed"));
    }

    /** One SFT epoch and two RL steps on 10 videos, no evaluation during RL: the determinism check runs twice. */
    private static RunSpec smaller(RunSpec s) {
        Map<String, String> extra = new HashMap<>(s.hyperparameters().extra());
        extra.remove("eval_every");
        extra.put("sft_epochs", "1");
        extra.put("probe_count", "10");
        Hyperparameters h = s.hyperparameters();
        return new RunSpec(s.name(), s.kind(), s.recipe(), s.baseModel(), s.data(), new Hyperparameters(h.learningRate(),
                1, 8, 1, 8192, h.seed(), "full", 16, 32, 4, 2, 1.0, extra), s.reward(), s.devices(), "", "");
    }

    private static List<Map<String, Double>> metrics(List<RunEvent> events) {
        return events.stream().filter(e -> e instanceof RunEvent.Metrics).map(e -> ((RunEvent.Metrics) e).values())
                .toList();
    }
}
