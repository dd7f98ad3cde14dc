package io.pixelstudio.bridge.engine.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pixelstudio.bridge.engine.EngineEventLog;
import io.pixelstudio.bridge.engine.TestEngines;
import io.pixelstudio.bridge.events.RunEvent;
import io.pixelstudio.bridge.events.RunListener;
import io.pixelstudio.bridge.run.DataSource;
import io.pixelstudio.bridge.run.Hyperparameters;
import io.pixelstudio.bridge.run.RunKind;
import io.pixelstudio.bridge.run.RunSpec;
import io.pixelstudio.bridge.run.RunSpecException;
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
import io.pixelstudio.trace.rollout.reward.RewardProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class EngineRunTest {

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
    void sftThenRlGeneratesTheSuiteCheckpointsAndEvaluatesTheHeldOutSplitIntoScorablePredictions() throws Exception {
        List<RunEvent> seen = new ArrayList<>();
        Path suite = dir.resolve("probes");
        EngineRun.Result result = run(TinyRuns.sftThenRl(suite, 3), dir.resolve("run"), seen);

        assertThat(suite.resolve("probes.jsonl")).isRegularFile();
        assertThat(result.sftEpochLosses()).hasSize(3);
        assertThat(result.sftEpochLosses().get(2)).isLessThan(result.sftEpochLosses().get(0));
        assertThat(result.rlSteps()).hasSize(3);
        assertThat(seen.get(0)).isInstanceOf(RunEvent.Log.class);
        assertThat(seen).filteredOn(e -> e instanceof RunEvent.Started).hasSize(1);
        assertThat(seen.get(seen.size() - 1)).isEqualTo(new RunEvent.Ended(seen.size(), "succeeded"));
        // SFT checkpoints per epoch, RL every 2 steps and at the last (3), on one step axis
        List<RunEvent.Checkpoint> checkpoints = seen.stream().filter(e -> e instanceof RunEvent.Checkpoint)
                .map(e -> (RunEvent.Checkpoint) e).toList();
        assertThat(checkpoints).hasSize(3 + 2);
        long sftSteps = checkpoints.get(2).step();
        assertThat(checkpoints.subList(3, 5)).extracting(RunEvent.Checkpoint::step)
                .containsExactly(sftSteps + 2, sftSteps + 3);
        assertThat(checkpoints).extracting(c -> Path.of(c.path()).getFileName().toString())
                .containsExactly("epoch-1", "epoch-2", "epoch-3", "step-00002", "step-00003");
        assertThat(Path.of(checkpoints.get(3).path()).resolve("pixel-policy-0002.params")).isRegularFile();
        assertThat(Path.of(checkpoints.get(0).path()).resolve("pixel-policy-0001.params")).isRegularFile();
        assertThat(result.lastCheckpoint()).contains(Path.of(checkpoints.get(4).path()));
        assertThat(seen).filteredOn(e -> e instanceof RunEvent.Rollouts).extracting(e -> ((RunEvent.Rollouts) e).step())
                .containsExactly(sftSteps + 1, sftSteps + 2, sftSteps + 3);

        RunEvent.Predictions predictions = seen.stream().filter(e -> e instanceof RunEvent.Predictions)
                .map(e -> (RunEvent.Predictions) e).findFirst().orElseThrow();
        assertThat(predictions.benchmark()).isEqualTo("probes");
        Path file = Path.of(predictions.path());
        PredictionSet set = PredictionImporters.standard(TraceFormats.discover()).detect(file).orElseThrow()
                .read(file, ImportOptions.defaults());
        assertThat(set.findings()).isEmpty();
        assertThat(set.predictions()).hasSize(3) // every fifth of 15 is held out
                .allSatisfy(p -> {
                    assertThat(p.benchmark()).isEqualTo(Benchmark.PROBES);
                    assertThat(p.trace()).isPresent();
                    assertThat(p.trace().get().evidence()).isNotEmpty();
                    assertThat(Path.of(((io.pixelstudio.trace.Media.Image) p.trace().get().media().get(0)).path())).isAbsolute().isRegularFile();
                });
        List<SampleScore> scores = BenchmarkScorers.benchmarkMetrics().scoreAll(set.predictions());
        double accuracy = scores.stream().mapToDouble(SampleScore::score).average().orElseThrow();
        List<RunEvent.Metrics> evaluations = seen.stream().filter(e -> e instanceof RunEvent.Metrics m
                && m.values().containsKey("eval/accuracy")).map(e -> (RunEvent.Metrics) e).toList();
        // eval_every=2: one held-out evaluation after RL step 2 (the last step's is the final one)
        assertThat(evaluations).extracting(RunEvent.Metrics::step).containsExactly(sftSteps + 2, sftSteps + 3);
        assertThat(evaluations.get(0).values()).containsKeys("eval/rapr", "eval/cell_hit", "eval/operations",
                "eval/zoom_needing_accuracy");
        Map<String, Double> figures = evaluations.get(1).values();
        assertThat(figures.get("eval/accuracy")).isCloseTo(accuracy, within(1e-9));
        long zoomed = set.predictions().stream()
                .filter(p -> p.recorded().get(Prediction.RECORDED_TOOL_CALLS) > 0).count();
        assertThat(figures.get("eval/rapr")).isCloseTo(zoomed / 3.0, within(1e-9));
        assertThat(figures).isEqualTo(result.evaluation());
        JsonNode summary = new ObjectMapper().readTree(file.resolveSibling(HeldOutPredictions.SUMMARY).toFile());
        assertThat(summary.get("items").asInt()).isEqualTo(3);
        figures.forEach((key, value) -> assertThat(summary.get("metrics").get(key).asDouble()).as(key)
                .isCloseTo(value, within(1e-12)));
        // Compare's faithfulness verdict comes from each trace's evidence (the probe's box) and its zooms
        assertThat(new FaithfulnessJudge().verdicts(set.predictions(), scores)).allSatisfy(v -> assertThat(v).isPresent());

        List<String> lines = Files.readAllLines(dir.resolve("run").resolve(EngineEventLog.FILE));
        assertThat(lines).hasSize(seen.size());
    }

    @Test
    void theSameSeedGivesTheSameRunAndTheSuiteIsReusedOnceGenerated() throws Exception {
        Path suite = dir.resolve("probes");
        List<RunEvent> first = new ArrayList<>();
        List<RunEvent> second = new ArrayList<>();
        run(TinyRuns.sftThenRl(suite, 5), dir.resolve("a"), first);
        long generatedAt = Files.getLastModifiedTime(suite.resolve("probes.jsonl")).toMillis();
        run(TinyRuns.sftThenRl(suite, 5), dir.resolve("b"), second);

        assertThat(Files.getLastModifiedTime(suite.resolve("probes.jsonl")).toMillis()).isEqualTo(generatedAt);
        assertThat(metrics(second)).isEqualTo(metrics(first)).isNotEmpty();
    }

    @Test
    void anEvaluationRunScoresACheckpoint() throws Exception {
        Path suite = dir.resolve("probes");
        EngineRun.Result trained = run(TinyRuns.sftThenRl(suite, 3), dir.resolve("train"), new ArrayList<>());
        Hyperparameters h = new Hyperparameters(1e-3, 1, 8, 1, 8192, 3, "full", 16, 32, 4, 0, 1.0, Map.of());
        RunSpec eval = new RunSpec("eval", RunKind.EVALUATION, "embedded", trained.lastCheckpoint().orElseThrow().toString(),
                new DataSource(suite.resolve("benchmark/ground-truth.jsonl").toString(), "studio-benchmark", ""), h,
                RewardProfile.PAPER.defaults(), List.of("cpu"), "out", "");
        List<RunEvent> seen = new ArrayList<>();
        EngineRun.Result result = run(eval, dir.resolve("eval"), seen);

        assertThat(result.sftEpochLosses()).isEmpty();
        assertThat(result.rlSteps()).isEmpty();
        assertThat(result.predictions()).contains(dir.resolve("eval/out/evaluation/held-out.predictions.jsonl"));
        assertThat(result.evaluation()).isEqualTo(trained.evaluation());
    }

    @Test
    void settingsTheEngineCannotRunAreRefusedByField() {
        RunSpec base = TinyRuns.sftThenRl(dir, 1);
        Hyperparameters h = base.hyperparameters();
        RunSpec misspelt = withHyperparameters(base, new Hyperparameters(h.learningRate(), 1, 8, 1, 8192, 1, "full", 16,
                32, 4, 3, 1.0, Map.of("sft_epoch", "3")));
        RunSpec noSteps = withHyperparameters(base, new Hyperparameters(h.learningRate(), 1, 8, 1, 8192, 1, "full", 16,
                32, 4, 0, 1.0, Map.of()));
        RunSpec twoGpus = new RunSpec("x", RunKind.SFT, "embedded", "new", base.data(), h, base.reward(),
                List.of("cuda:0", "cuda:1"), "", "");

        assertThatThrownBy(() -> EngineRunSettings.of(misspelt)).isInstanceOf(RunSpecException.class)
                .hasMessageContaining("hyperparameters.extra.sft_epoch").hasMessageContaining("sft_epochs");
        assertThatThrownBy(() -> EngineRunSettings.of(noSteps)).hasMessageContaining("hyperparameters.maxSteps");
        assertThatThrownBy(() -> EngineRunSettings.of(twoGpus)).hasMessageContaining("devices");
    }

    @Test
    void aGpuTheEngineCannotSeeFailsTheRunWithAClearMessage() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestEngines.runtime().engine().getGpuCount() == 0,
                "this machine has a GPU");
        RunSpec base = TinyRuns.sftThenRl(dir.resolve("probes"), 1);
        RunSpec gpu = new RunSpec("gpu", base.kind(), "embedded", "new", base.data(), base.hyperparameters(),
                base.reward(), List.of("cuda:0"), "", "");
        List<RunEvent> seen = new ArrayList<>();

        assertThatThrownBy(() -> run(gpu, dir.resolve("run"), seen)).hasMessageContaining("sees none")
                .hasMessageContaining("-Pcuda");
        assertThat(seen).anyMatch(e -> e instanceof RunEvent.Error)
                .last().isEqualTo(new RunEvent.Ended(seen.size(), "failed"));
    }

    private static RunSpec withHyperparameters(RunSpec s, Hyperparameters h) {
        return new RunSpec(s.name(), s.kind(), s.recipe(), s.baseModel(), s.data(), h, s.reward(), s.devices(),
                s.output(), s.resumeFrom());
    }

    private static List<Map<String, Double>> metrics(List<RunEvent> events) {
        return events.stream().filter(e -> e instanceof RunEvent.Metrics).map(e -> ((RunEvent.Metrics) e).values())
                .toList();
    }
}
