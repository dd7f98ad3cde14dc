package io.pixelstudio.bridge.python;

import static org.assertj.core.api.Assertions.assertThat;

import io.pixelstudio.bridge.events.RunEvent;
import io.pixelstudio.bridge.events.RunEventParser;
import io.pixelstudio.bridge.run.DataSource;
import io.pixelstudio.bridge.run.Hyperparameters;
import io.pixelstudio.bridge.run.RunKind;
import io.pixelstudio.bridge.run.RunSpec;
import io.pixelstudio.bridge.run.RunSpecCodec;
import io.pixelstudio.trace.rollout.reward.RewardParameters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner started as the studio starts it, on a spec the Java codec wrote, with a model folder that
 * does not exist: the bridge must read a clean {@code error} event and a failed {@code end}, and the
 * process must exit non-zero (never a raw ImportError on a machine without transformers).
 */
class PythonRunnerSmokeTest {

    @Test
    void aMissingModelFolderEndsWithAnErrorEventTheBridgeReads(@TempDir Path temp) throws Exception {
        Path data = temp.resolve("train.json");
        Files.writeString(data, "[{\"qid\": \"vstar-1\", \"message_list\": [{\"role\": \"user\", \"content\": "
                + "[{\"text\": \"Q?\"}]}, {\"role\": \"assistant\", \"content\": [{\"text\": \"\\\\boxed{A}\"}]}]}]");
        RunSpec spec = new RunSpec("smoke", RunKind.SFT, "studio-python", temp.resolve("no-model").toString(),
                new DataSource(data.toString(), "pixelreasoner-sft", ""), Hyperparameters.DEFAULTS,
                RewardParameters.REFERENCE_CODE, List.of("cpu"), temp.resolve("out").toString(), "");
        Path specFile = temp.resolve("spec.json");
        new RunSpecCodec().write(spec, specFile);

        PythonProcess.Result result = PythonProcess.run(temp, "-m", "pixelstudio_runner", "sft", "--spec",
                specFile.toString());

        RunEventParser parser = new RunEventParser();
        List<String> lines = result.stdout().lines().toList();
        List<RunEvent> events = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            events.add(parser.parse(i + 1, lines.get(i)));
        }
        assertThat(result.exitCode()).as(result.both()).isEqualTo(1);
        assertThat(events).as(result.both()).hasSize(2);
        assertThat(events.get(0)).isInstanceOfSatisfying(RunEvent.Error.class, error ->
                assertThat(error.message()).contains("model folder not found").contains("no-model"));
        assertThat(events.get(1)).isInstanceOfSatisfying(RunEvent.Ended.class,
                end -> assertThat(end.status()).isEqualTo("failed"));
        assertThat(result.stderr()).doesNotContain("ImportError");
    }
}
