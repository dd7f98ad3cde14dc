package io.pixelstudio.bridge.recipe;

import io.pixelstudio.bridge.engine.run.EngineMain;
import io.pixelstudio.bridge.engine.run.TinyRuns;
import io.pixelstudio.bridge.events.RunEvent;
import io.pixelstudio.bridge.events.RunListener;
import io.pixelstudio.bridge.process.RunStatus;
import io.pixelstudio.bridge.registry.RunRecord;
import io.pixelstudio.bridge.registry.RunRegistry;
import io.pixelstudio.bridge.registry.RunSupervisor;
import io.pixelstudio.bridge.run.RunSpec;
import io.pixelstudio.trace.eval.PredictionSet;
import io.pixelstudio.trace.eval.importer.ImportOptions;
import io.pixelstudio.trace.eval.importer.PredictionImporters;
import io.pixelstudio.trace.format.TraceFormats;
import io.pixelstudio.trace.rollout.importer.RolloutImport;
import io.pixelstudio.trace.rollout.importer.RolloutImporters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedRecipeTest {

    @TempDir
    Path dir;

    private final RecipeSettings settings = new RecipeSettings("python3", Map.of());

    @Test
    void theCommandIsThisJavaOnThisClassPathRunningEngineMainInTheRunFolder() throws Exception {
        RunSpec spec = TinyRuns.sftThenRl(dir.resolve("probes"), 1);
        RunRegistry registry = new RunRegistry(dir.resolve("runs"), Clock.systemUTC());
        Path folder = registry.create(spec).folder();

        PreparedRun prepared = new EmbeddedRecipe().prepare(spec, folder, settings);

        List<String> argv = prepared.command().argv();
        assertThat(Path.of(argv.get(0))).isExecutable();
        assertThat(argv).contains("-Dai.djl.offline=true", EngineMain.class.getName(), "--spec",
                folder.resolve("spec.json").toAbsolutePath().toString(), "--run-folder");
        assertThat(argv.get(argv.indexOf("-cp") + 1).split(java.io.File.pathSeparator))
                .allSatisfy(entry -> assertThat(Path.of(entry)).isAbsolute());
        assertThat(argv.get(argv.indexOf("--djl-cache") + 1)).isEqualTo(dir.resolve("runs/.djl-cache").toString());
        assertThat(prepared.command().workingFolder()).isEqualTo(folder.toAbsolutePath());
        assertThat(prepared.command().environment()).containsEntry("CUDA_VISIBLE_DEVICES", "");
    }

    @Test
    void aSpecTheEngineCannotRunIsRefusedBeforeAnythingStarts() {
        RunSpec spec = TinyRuns.sftThenRl(dir, 1);
        RunSpec lora = new RunSpec(spec.name(), spec.kind(), spec.recipe(), spec.baseModel(), spec.data(),
                new io.pixelstudio.bridge.run.Hyperparameters(1e-3, 1, 8, 1, 8192, 1, "lora", 16, 32, 4, 3, 1.0, Map.of()),
                spec.reward(), spec.devices(), "", "");

        assertThatThrownBy(() -> new EmbeddedRecipe().prepare(lora, dir, settings)).isInstanceOf(RecipeException.class)
                .hasMessageContaining("hyperparameters.finetuning");
    }

    @ParameterizedTest(name = "variant {0}")
    @ValueSource(strings = {"image", "video"})
    void aTinyRunInAChildJvmFinishesWithFallingLossAndFilesTheStudioReads(String variant) throws Exception {
        RunSpec spec = variant.equals("video") ? TinyRuns.videoSftThenRl(dir.resolve("videos"), 2)
                : TinyRuns.sftThenRl(dir.resolve("probes"), 2);
        RunRegistry registry = new RunRegistry(dir.resolve("runs"), Clock.systemUTC());
        List<RunEvent> seen = new CopyOnWriteArrayList<>();
        RunSupervisor.SupervisedRun run = new RunSupervisor(registry, Clock.systemUTC())
                .start(spec, new EmbeddedRecipe(), settings, new RunListener() {
                    @Override
                    public void accept(RunEvent event) {
                        seen.add(event);
                    }
                });
        RunRecord ended = run.ended().get(5, TimeUnit.MINUTES);

        assertThat(ended.status()).as("log tail %s", ended.logTail()).isEqualTo(RunStatus.SUCCEEDED);
        List<RunEvent> protocol = seen.stream().filter(e -> !(e instanceof RunEvent.Output)).toList();
        assertThat(protocol).noneMatch(e -> e instanceof RunEvent.Malformed || e instanceof RunEvent.Error);
        assertThat(protocol).filteredOn(e -> e instanceof RunEvent.Started).hasSize(1);
        assertThat(protocol.get(protocol.size() - 1)).isInstanceOfSatisfying(RunEvent.Ended.class,
                e -> assertThat(e.status()).isEqualTo("succeeded"));
        // SFT: mean loss of the last epoch below the first
        Map<Double, Double> epochLoss = protocol.stream().filter(e -> e instanceof RunEvent.Metrics m
                        && m.values().containsKey("epoch")).map(e -> ((RunEvent.Metrics) e).values())
                .collect(Collectors.groupingBy(v -> v.get("epoch"), TreeMap::new,
                        Collectors.averagingDouble(v -> v.get("loss"))));
        assertThat(epochLoss).hasSize(3);
        assertThat(epochLoss.get(3.0)).isLessThan(epochLoss.get(1.0));
        assertThat(protocol).filteredOn(e -> e instanceof RunEvent.Checkpoint).hasSize(5)
                .allSatisfy(c -> assertThat(Path.of(((RunEvent.Checkpoint) c).path())).isDirectory());

        List<RunEvent.Rollouts> rollouts = protocol.stream().filter(e -> e instanceof RunEvent.Rollouts)
                .map(e -> (RunEvent.Rollouts) e).toList();
        assertThat(rollouts).hasSize(3);
        for (RunEvent.Rollouts r : rollouts) {
            Path file = Path.of(r.path());
            RolloutImport imported = new RolloutImporters(0).detect(file).read(file);
            assertThat(imported.findings()).isEmpty();
            assertThat(imported.rollouts()).hasSize((int) r.count()).hasSize(2 * 4)
                    .allSatisfy(rollout -> assertThat(rollout.video()).isEqualTo(variant.equals("video")));
        }
        RunEvent.Predictions predictions = protocol.stream().filter(e -> e instanceof RunEvent.Predictions)
                .map(e -> (RunEvent.Predictions) e).findFirst().orElseThrow();
        Path file = Path.of(predictions.path());
        PredictionSet set = PredictionImporters.standard(TraceFormats.discover()).detect(file).orElseThrow()
                .read(file, ImportOptions.defaults());
        assertThat(set.findings()).isEmpty();
        assertThat(set.predictions()).hasSize(3).allSatisfy(p -> assertThat(p.trace()).isPresent());
        assertThat(Files.readString(ended.folder().resolve("events.log"))).contains("\"event\":\"predictions\"");
    }
}
