package io.pixelstudio.bridge.recipe;

import io.pixelstudio.bridge.events.RunEvent;
import io.pixelstudio.bridge.events.RunListener;
import io.pixelstudio.bridge.process.RunStatus;
import io.pixelstudio.bridge.registry.RunRecord;
import io.pixelstudio.bridge.registry.RunRegistry;
import io.pixelstudio.bridge.registry.RunSupervisor;
import io.pixelstudio.bridge.run.RunSpec;
import io.pixelstudio.bridge.testing.SampleSpecs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StudioPythonRecipeTest {

    @TempDir
    Path dir;

    @Test
    void theRunnerIsStartedAsAModuleWithTheSpecFileAndAnOfflineEnvironment() throws Exception {
        Path runner = Files.createDirectories(dir.resolve("python/pixelstudio_runner"));
        PreparedRun run = new StudioPythonRecipe().prepare(SampleSpecs.rl(), dir.resolve("run"),
                new RecipeSettings("python3", Map.of("studio-python", runner.getParent())));

        assertThat(run.command().argv()).containsExactly("python3", "-m", "pixelstudio_runner", "rl", "--spec",
                dir.resolve("run/spec.json").toString());
        assertThat(run.command().environment()).containsEntry("CUDA_VISIBLE_DEVICES", "0,1")
                .containsEntry("HF_HUB_OFFLINE", "1").containsEntry("TRANSFORMERS_OFFLINE", "1")
                .containsEntry("PYTHONPATH", runner.getParent().toString());
    }

    @Test
    void withoutTheRunnerFolderTheErrorSaysWhatToSet() {
        assertThatThrownBy(() -> new StudioPythonRecipe().prepare(SampleSpecs.rl(), dir,
                new RecipeSettings("python3", Map.of())))
                .isInstanceOf(RecipeException.class).hasMessageContaining("studio-python needs the path of the runner folder");
    }

    @Test
    void aRunnerPackageThatSpeaksTheProtocolRunsEndToEndThroughTheSupervisor() throws Exception {
        Path runner = Files.createDirectories(dir.resolve("python/pixelstudio_runner"));
        Files.writeString(runner.resolve("__init__.py"), "");
        Files.writeString(runner.resolve("__main__.py"), String.join("\n",
                "import json, os, sys",
                "spec = json.load(open(sys.argv[sys.argv.index('--spec') + 1]))",
                "print(json.dumps({'event': 'start', 'kind': sys.argv[1], 'total_steps': 1}))",
                "print(json.dumps({'event': 'metrics', 'step': 1, 'values': {'loss': 0.5,",
                "    'group': spec['hyperparameters']['groupSize'], 'gpus': len(os.environ['CUDA_VISIBLE_DEVICES'].split(','))}}))",
                "print(json.dumps({'event': 'end'}))", ""));
        RunRegistry registry = new RunRegistry(dir.resolve("runs"), Clock.systemUTC());
        List<RunEvent> events = new CopyOnWriteArrayList<>();
        RunSpec spec = SampleSpecs.rl();

        RunSupervisor.SupervisedRun run = new RunSupervisor(registry, Clock.systemUTC()).start(spec,
                new StudioPythonRecipe(), new RecipeSettings("python3", Map.of("studio-python", runner.getParent())),
                new RunListener() {
                    @Override
                    public void accept(RunEvent event) {
                        events.add(event);
                    }
                });
        RunRecord ended = run.ended().get(30, TimeUnit.SECONDS);

        assertThat(ended.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(events.get(0)).isEqualTo(new RunEvent.Started(1, "rl", 1));
        assertThat(((RunEvent.Metrics) events.get(1)).values()).containsEntry("group", 8.0).containsEntry("gpus", 2.0);
    }

    @Test
    void recipesAreFoundAndAKindARecipeCannotRunIsRefused() {
        RunRecipes recipes = RunRecipes.discover();
        assertThat(recipes.all()).extracting(RunRecipe::id).containsExactly("studio-python", "llamafactory", "pixelreasoner", "embedded");

        RunSpec rl = SampleSpecs.rl();
        RunSpec onLlamaFactory = new RunSpec(rl.name(), rl.kind(), "llamafactory", rl.baseModel(), rl.data(),
                rl.hyperparameters(), rl.reward(), rl.devices(), rl.output(), rl.resumeFrom());
        assertThatThrownBy(() -> recipes.forSpec(onLlamaFactory)).isInstanceOf(RecipeException.class)
                .hasMessageContaining("llamafactory does not run rl");
        RunSpec unknown = new RunSpec(rl.name(), rl.kind(), "axolotl", rl.baseModel(), rl.data(),
                rl.hyperparameters(), rl.reward(), rl.devices(), rl.output(), rl.resumeFrom());
        assertThatThrownBy(() -> recipes.forSpec(unknown)).hasMessageContaining("no recipe 'axolotl'");
    }
}
