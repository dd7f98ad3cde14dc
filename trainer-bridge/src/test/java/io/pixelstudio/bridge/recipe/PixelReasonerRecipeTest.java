package io.pixelstudio.bridge.recipe;

import io.pixelstudio.bridge.events.RunEvent;
import io.pixelstudio.bridge.run.DataSource;
import io.pixelstudio.bridge.run.Hyperparameters;
import io.pixelstudio.bridge.run.RunKind;
import io.pixelstudio.bridge.run.RunSpec;
import io.pixelstudio.trace.rollout.reward.RewardParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PixelReasonerRecipeTest {

    @TempDir
    Path dir;

    private RunSpec spec(RunKind kind, String finetuning, RewardParameters reward) {
        return new RunSpec("pr run", kind, "pixelreasoner", "/models/qwen", new DataSource("/data/train.parquet",
                "pixelreasoner-rl", ""), new Hyperparameters(1e-6, 5, 1, 2, 8192, 49, finetuning, 16, 32, 8, 0, 1.0, Map.of()),
                reward, List.of("cuda:0", "cuda:1"), "/runs/out", "");
    }

    private Path repo() throws Exception {
        Path repo = dir.resolve("Pixel-Reasoner");
        Path scripts = Files.createDirectories(repo.resolve("curiosity_driven_rl/scripts"));
        Files.writeString(scripts.resolve("train_vlm_multi.sh"), String.join("\n", "set -x",
                "working_dir=/path/to/workdir", "cd $working_dir", "lr=${lr:-\"10\"}",
                "DATASET=/path/to/train.parquet", "PRETRAIN_MODEL=${policy}", ""));
        return repo;
    }

    @Test
    void rlRunsAPatchedCopyOfTheirScriptWithTheSpecAsItsVariables() throws Exception {
        Path repo = repo();
        PreparedRun run = new PixelReasonerRecipe().prepare(spec(RunKind.RL, "full", RewardParameters.REFERENCE_CODE),
                dir.resolve("run"), new RecipeSettings("python3", Map.of("pixelreasoner", repo)));

        String patched = Files.readString(dir.resolve("run/train_vlm_multi.sh"));
        assertThat(patched).contains("working_dir=\"" + repo.resolve("curiosity_driven_rl") + "\"\n",
                "DATASET=\"/data/train.parquet\"\n", "lr=${lr:-\"10\"}\n");
        assertThat(Files.readString(repo.resolve("curiosity_driven_rl/scripts/train_vlm_multi.sh")))
                .as("their checkout is untouched").contains("working_dir=/path/to/workdir");
        assertThat(run.command().argv()).containsExactly("bash", dir.resolve("run/train_vlm_multi.sh").toString());
        assertThat(run.command().environment()).containsEntry("policy", "/models/qwen").containsEntry("lr", "10")
                .containsEntry("nsamples", "8").containsEntry("maxlen", "6144").containsEntry("CUDA_VISIBLE_DEVICES", "0,1");
    }

    @Test
    void rlWithAnotherRewardThanTheirHardCodedOneIsRefused() throws Exception {
        Path repo = repo();
        assertThatThrownBy(() -> new PixelReasonerRecipe().prepare(spec(RunKind.RL, "full", RewardParameters.PAPER),
                dir.resolve("run"), new RecipeSettings("python3", Map.of("pixelreasoner", repo))))
                .isInstanceOf(RecipeException.class).hasMessageContaining("hard-codes its reward");
    }

    @Test
    void aScriptWithoutThePlaceholderLineIsReportedNotRunWrong() throws Exception {
        Path repo = repo();
        Files.writeString(repo.resolve("curiosity_driven_rl/scripts/train_vlm_multi.sh"), "cd /somewhere\n");
        assertThatThrownBy(() -> new PixelReasonerRecipe().prepare(spec(RunKind.RL, "full", RewardParameters.REFERENCE_CODE),
                dir.resolve("run"), new RecipeSettings("python3", Map.of("pixelreasoner", repo))))
                .hasMessageContaining("no 'working_dir=' line");
    }

    @Test
    void sftRunsTheirTrainerWithTheirFlagsAndTheSpecsValues() throws Exception {
        PreparedRun run = new PixelReasonerRecipe().prepare(spec(RunKind.SFT, "full", RewardParameters.PAPER),
                dir.resolve("run"), new RecipeSettings("python3", Map.of("pixelreasoner", repo())));

        List<String> argv = run.command().argv();
        assertThat(argv.subList(0, 4)).containsExactly("python3", "-m", "torch.distributed.run", "--nproc_per_node=2");
        assertThat(String.join(" ", argv)).contains("--datasetpath /data/train.parquet", "--learning_rate 1.0E-6",
                "--num_train_epochs 5", "--data_seed 49", "--gradient_accumulation_steps 2", "--freeze_vision_modules true");
        assertThatThrownBy(() -> new PixelReasonerRecipe().prepare(spec(RunKind.SFT, "lora", RewardParameters.PAPER),
                dir.resolve("run"), new RecipeSettings("python3", Map.of("pixelreasoner", repo()))))
                .hasMessageContaining("fine-tunes the full model");
    }

    @Test
    void theHuggingFaceTrainersPrintedLogsBecomeMetrics() {
        HfTrainerLogConverter converter = new HfTrainerLogConverter();

        assertThat(converter.convert(7, "{'loss': 0.4121, 'grad_norm': 3.25, 'learning_rate': 1e-06, 'epoch': 0.05}"))
                .hasValue(new RunEvent.Metrics(7, 1, Map.of("loss", 0.4121, "grad_norm", 3.25, "lr", 1e-06, "epoch", 0.05)));
        assertThat(converter.convert(8, "{'loss': nan, 'learning_rate': 9e-07, 'epoch': 0.1}").orElseThrow())
                .satisfies(e -> assertThat(((RunEvent.Metrics) e).step()).isEqualTo(2));
        assertThat(converter.convert(9, "{'train_runtime': 120.5, 'train_loss': 0.3, 'epoch': 5.0}")).isEmpty();
        assertThat(converter.convert(10, "  0%|          | 0/100 [00:00<?, ?it/s]")).isEmpty();
    }

    @Test
    void learningRatesAreWrittenInTheScriptsUnitsOfTenToTheMinusSeven() {
        assertThat(PixelReasonerRecipe.learningRateIn1e7(1e-6)).isEqualTo("10");
        assertThat(PixelReasonerRecipe.learningRateIn1e7(5e-7)).isEqualTo("5");
        assertThat(PixelReasonerRecipe.learningRateIn1e7(2.5e-7)).isEqualTo("2.5");
    }
}
