package io.pixelstudio.bridge.recipe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pixelstudio.bridge.events.RunEvent;
import io.pixelstudio.bridge.events.RunListener;
import io.pixelstudio.bridge.process.RunStatus;
import io.pixelstudio.bridge.registry.RunRegistry;
import io.pixelstudio.bridge.registry.RunSupervisor;
import io.pixelstudio.bridge.run.DataSource;
import io.pixelstudio.bridge.run.Hyperparameters;
import io.pixelstudio.bridge.run.RunKind;
import io.pixelstudio.bridge.run.RunSpec;
import io.pixelstudio.bridge.testing.Executables;
import io.pixelstudio.trace.rollout.reward.RewardParameters;
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

class LlamaFactoryRecipeTest {

    @TempDir
    Path dir;

    private RunSpec sft(String format) {
        return new RunSpec("lf sft", RunKind.SFT, "llamafactory", "/models/qwen", new DataSource(
                dir.resolve("export.json").toString(), format, ""),
                new Hyperparameters(1e-5, 2, 1, 4, 4096, 7, "lora", 8, 16, 8, 0, 1.0,
                        Map.of("warmup_ratio", "0.05", "freeze_vision_tower", "true", "image_max_pixels", "1003520")),
                RewardParameters.PAPER, List.of("cuda:0"), dir.resolve("out").toString(), "");
    }

    @Test
    void theExportIsRegisteredAsAShareGptDatasetAndTheYamlCarriesTheSpec() throws Exception {
        Path cli = Executables.script(dir, "llamafactory-cli", "#!/bin/sh\nexit 0\n");
        PreparedRun run = new LlamaFactoryRecipe().prepare(sft("sharegpt"), dir.resolve("run"),
                new RecipeSettings("python3", Map.of("llamafactory", cli)));

        JsonNode info = new ObjectMapper().readTree(dir.resolve("run/llamafactory/dataset_info.json").toFile());
        assertThat(info.at("/pixelstudio/file_name").asText()).isEqualTo(dir.resolve("export.json").toString());
        assertThat(info.at("/pixelstudio/formatting").asText()).isEqualTo("sharegpt");
        assertThat(info.at("/pixelstudio/tags/assistant_tag").asText()).isEqualTo("assistant");
        String yaml = Files.readString(dir.resolve("run/llamafactory/train.yaml"));
        assertThat(yaml).contains("model_name_or_path: \"/models/qwen\"\n", "finetuning_type: \"lora\"\n",
                "lora_rank: 8\n", "learning_rate: 1.0E-5\n", "num_train_epochs: 2\n", "template: \"qwen2_vl\"\n",
                "warmup_ratio: 0.05\n", "freeze_vision_tower: true\n", "image_max_pixels: 1003520\n",
                "dataset: \"pixelstudio\"\n");
        assertThat(yaml).containsOnlyOnce("warmup_ratio:");
        assertThat(run.command().argv()).containsExactly(cli.toString(), "train",
                dir.resolve("run/llamafactory/train.yaml").toString());
    }

    @Test
    void anExportInAnotherFormatIsRefusedWithWhatToDo() {
        assertThatThrownBy(() -> new LlamaFactoryRecipe().prepare(sft("pixelreasoner-sft"), dir,
                new RecipeSettings("python3", Map.of("llamafactory", dir.resolve("cli")))))
                .hasMessageContaining("export the view as sharegpt");
    }

    @Test
    void theTrainerLogLlamaFactoryWritesBecomesMetricsEvents() throws Exception {
        Path out = dir.resolve("out");
        Path cli = Executables.script(dir, "llamafactory-cli", String.join("\n", "#!/bin/sh",
                "mkdir -p '" + out + "'",
                "echo 'loading shards'",
                "echo '{\"current_steps\": 1, \"total_steps\": 2, \"loss\": 1.5, \"lr\": 1e-05, \"epoch\": 0.5,"
                        + " \"percentage\": 50.0, \"elapsed_time\": \"0:00:01\", \"remaining_time\": \"0:00:01\"}' >> '"
                        + out.resolve("trainer_log.jsonl") + "'",
                "echo '{\"current_steps\": 2, \"total_steps\": 2, \"loss\": 1.25, \"lr\": 5e-06, \"epoch\": 1.0,"
                        + " \"percentage\": 100.0, \"elapsed_time\": \"0:00:02\", \"remaining_time\": \"0:00:00\"}' >> '"
                        + out.resolve("trainer_log.jsonl") + "'",
                ""));
        List<RunEvent> events = new CopyOnWriteArrayList<>();
        RunSupervisor.SupervisedRun run = new RunSupervisor(new RunRegistry(dir.resolve("runs"), Clock.systemUTC()),
                Clock.systemUTC()).start(sft("sharegpt"), new LlamaFactoryRecipe(),
                new RecipeSettings("python3", Map.of("llamafactory", cli)), new RunListener() {
                    @Override
                    public void accept(RunEvent event) {
                        events.add(event);
                    }
                });

        assertThat(run.ended().get(30, TimeUnit.SECONDS).status()).isEqualTo(RunStatus.SUCCEEDED);
        List<RunEvent.Metrics> metrics = events.stream().filter(RunEvent.Metrics.class::isInstance)
                .map(RunEvent.Metrics.class::cast).toList();
        assertThat(metrics).extracting(RunEvent.Metrics::step).containsExactly(1L, 2L);
        assertThat(metrics.get(1).values()).containsEntry("loss", 1.25).containsEntry("lr", 5e-06)
                .containsEntry("epoch", 1.0).doesNotContainKeys("current_steps", "elapsed_time");
        assertThat(events).filteredOn(RunEvent.Output.class::isInstance).hasSize(1);
    }
}
