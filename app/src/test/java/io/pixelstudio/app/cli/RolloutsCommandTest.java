package io.pixelstudio.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RolloutsCommandTest {

    private static final Path ROLLOUTS = Paths.get("..", "trace-model", "src", "test", "resources", "rollouts");
    private static final Path DUMP = ROLLOUTS.resolve("pixelreasoner").resolve("sample.jsonl");

    @Test
    void statsPrintsOneRowPerStepWithRaprAccuracyToolCallsAndReward() {
        CliRun run = CliRun.of("rollouts", "stats", DUMP.toString(), "--rollouts-per-step", "8");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("pixelreasoner-dump", "16 rollouts", "0 unreadable lines");
        assertThat(run.out()).containsPattern("(?m)^0\\s+2\\s+8\\s+37\\.5%\\s+62\\.5%\\s+0\\.500\\s+0\\.622\\s+0\\.622\\s");
        assertThat(run.out()).contains("reproduces 16 of 16 stored rewards");
        assertThat(run.out()).containsPattern("(?m)^1\\s+2\\s+8\\s+75\\.0%\\s+75\\.0%\\s+1\\.125\\s+0\\.731\\s+0\\.731\\s");
    }

    @Test
    void aStoredRewardThatTheRecomputationDoesNotReproduceIsListed(@TempDir Path dir) throws IOException {
        List<String> lines = Files.readAllLines(DUMP, StandardCharsets.UTF_8);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        ((com.fasterxml.jackson.databind.node.ObjectNode) first).put("reward", 5.0);
        lines.set(0, new ObjectMapper().writeValueAsString(first));
        Path tampered = Files.write(dir.resolve("sample.jsonl"), lines, StandardCharsets.UTF_8);

        CliRun run = CliRun.of("rollouts", "stats", "--json", "--rollouts-per-step", "8", tampered.toString());

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("storedRewardsReproduced").asInt()).isEqualTo(json.get("storedRewardsCompared").asInt() - 1);
        assertThat(json.get("disagreements")).singleElement().satisfies(d -> {
            assertThat(d.get("stored").asDouble()).isEqualTo(5.0);
            assertThat(d.get("recomputed").asDouble()).isLessThan(2.0);
        });
    }

    @Test
    void withoutTheBatchLayoutTheStepIsUnknown() {
        CliRun run = CliRun.of("rollouts", "stats", DUMP.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("(?m)^unknown\\s+2\\s+16\\s+56\\.3%");
    }

    @Test
    void jsonOutputCarriesTheSameFigures() throws IOException {
        CliRun run = CliRun.of("rollouts", "stats", "--json", "--rollouts-per-step", "8", DUMP.toString());

        assertThat(run.status()).as(run.err()).isZero();
        JsonNode steps = new ObjectMapper().readTree(run.out()).get("steps");
        assertThat(steps).hasSize(2);
        assertThat(steps.get(1).get("rapr").asDouble()).isEqualTo(0.75);
        assertThat(steps.get(1).get("meanStoredReward").asDouble()).isCloseTo(0.73125, within(1e-9));
        assertThat(steps.get(0).get("groups").asInt()).isEqualTo(2);
    }

    @Test
    void namedFormatAndUnreadableLinesAreReported(@TempDir Path dir) throws IOException {
        List<String> lines = Files.readAllLines(ROLLOUTS.resolve("verl_rollouts.jsonl"), StandardCharsets.UTF_8);
        Path file = dir.resolve("verl.jsonl");
        Files.writeString(file, lines.get(0) + "\n{\"prompt\": 3}\n", StandardCharsets.UTF_8);

        CliRun run = CliRun.of("rollouts", "stats", "--format", "prompt-response-jsonl", file.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 rollouts", "1 unreadable lines");
        assertThat(run.err()).contains(file + ":2 field prompt");
    }

    @Test
    void unknownFormatIsAOneLineError() {
        CliRun run = CliRun.of("rollouts", "stats", "--format", "nope", DUMP.toString());

        assertThat(run.status()).isNotZero();
        assertThat(run.err()).contains("unknown rollout format 'nope'");
    }
}
