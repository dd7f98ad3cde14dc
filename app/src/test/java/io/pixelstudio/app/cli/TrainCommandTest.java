package io.pixelstudio.app.cli;

import io.pixelstudio.bridge.engine.EngineDefaults;
import io.pixelstudio.bridge.run.DataSource;
import io.pixelstudio.bridge.run.Hyperparameters;
import io.pixelstudio.bridge.run.RunKind;
import io.pixelstudio.bridge.run.RunSpec;
import io.pixelstudio.bridge.run.RunSpecCodec;
import io.pixelstudio.trace.rollout.reward.RewardProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TrainCommandTest {

    private static final String CACHE = Path.of("target", "djl-cache").toAbsolutePath().toString();

    private static int run(ByteArrayOutputStream out, String... args) {
        return PixelStudioCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream()));
    }

    @Test
    void runsATinySftThenRlSpecInProcessAndPrintsEveryEvent(@TempDir Path dir) throws Exception {
        EngineDefaults ci = EngineDefaults.ci();
        Hyperparameters h = new Hyperparameters(ci.rlLearningRate(), 1, ci.sftBatch(), 1, 8192, 4, "full", 16, 32,
                ci.rlGroupSize(), ci.rlSteps(), 1.0,
                Map.of("probe_count", String.valueOf(ci.items()), "sft_epochs", String.valueOf(ci.sftEpochs()),
                        "sft_learning_rate", String.valueOf(ci.sftLearningRate()),
                        "questions_per_step", String.valueOf(ci.rlQuestions())));
        RunSpec spec = new RunSpec("cli", RunKind.RL, "embedded", "new", new DataSource("probes", "probes", ""), h,
                RewardProfile.PAPER.defaults(), List.of("cpu"), "", "");
        new RunSpecCodec().write(spec, dir.resolve("spec.json"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = run(out, "train", "--spec", dir.resolve("spec.json").toString(), "--djl-cache", CACHE);

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(status).as(text).isZero();
        assertThat(text).contains("start rl", "loss/answer", "reward/curiosity", "checkpoint step", "eval/accuracy",
                "eval/rapr", "end succeeded", "predictions: " + dir.resolve("evaluation/held-out.predictions.jsonl"));
        assertThat(dir.resolve("probes/probes.jsonl")).isRegularFile();
        assertThat(dir.resolve("evaluation/held-out.summary.json")).isRegularFile();
        assertThat(dir.resolve("events.log")).isRegularFile();
    }

    @Test
    void refusesASpecOfAnotherRecipe(@TempDir Path dir) throws Exception {
        RunSpec spec = new RunSpec("py", RunKind.SFT, "studio-python", "/models/x", new DataSource("d", "sharegpt", ""),
                Hyperparameters.DEFAULTS, RewardProfile.PAPER.defaults(), List.of("cpu"), "", "");
        new RunSpecCodec().write(spec, dir.resolve("spec.json"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = PixelStudioCli.run(new String[] {"train", "--spec", dir.resolve("spec.json").toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("recipe is 'studio-python'");
    }
}
