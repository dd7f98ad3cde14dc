package io.pixelstudio.trace.rollout.importer;

import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.rollout.Rollout;
import io.pixelstudio.trace.validate.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class PixelReasonerDumpImporterTest {

    private static final Path DUMP = RolloutFixtures.path("pixelreasoner/sample.jsonl");

    @Test
    void trainingDumpWithoutBatchLayoutHasUnknownStep() throws IOException {
        RolloutImport result = new PixelReasonerDumpImporter().read(DUMP);

        assertThat(result.findings()).isEmpty();
        assertThat(result.rollouts()).hasSize(16).allSatisfy(r -> assertThat(r.step()).isEqualTo(-1));
    }

    @Test
    void rolloutsPerStepDerivesTheStepFromLineOrderAndGroupsByQuestionAndStep() throws IOException {
        List<Rollout> rollouts = new PixelReasonerDumpImporter(8).read(DUMP).rollouts();

        Map<String, Long> groups = rollouts.stream()
                .collect(Collectors.groupingBy(r -> r.qid() + "@" + r.step(), Collectors.counting()));
        assertThat(groups).containsOnly(Map.entry("vstar-17@0", 4L), Map.entry("infovqa-2231@0", 4L),
                Map.entry("vstar-17@1", 4L), Map.entry("infovqa-2231@1", 4L));
        assertThat(rollouts.stream().filter(r -> r.qid().equals("infovqa-2231") && r.step() == 1)
                .map(Rollout::sample)).containsExactly(0, 1, 2, 3);
    }

    @Test
    void misnamedCountersMapToToolCallsAndFailures() throws IOException {
        List<Rollout> rollouts = new PixelReasonerDumpImporter(8).read(DUMP).rollouts();

        Rollout sixth = rollouts.get(5);
        assertThat(sixth.qid()).isEqualTo("infovqa-2231");
        assertThat(sixth.toolCalls()).as("round0_nwait").isEqualTo(1);
        assertThat(sixth.toolFailures()).as("round1_nwait").isEqualTo(1);
        Rollout third = rollouts.get(2);
        assertThat(third.toolCalls()).isEqualTo(2);
        assertThat(third.toolFailures()).isZero();
        assertThat(third.correctness()).isEqualTo(1.0);
        assertThat(third.groundTruths()).containsExactly("B");
        assertThat(third.storedReward()).as("stored as written, penalty included").hasValue(0.95);
        assertThat(third.recorded()).containsEntry("num_actions", 194.0).containsEntry("validity", 1.0)
                .containsKeys("curiosity", "penalty");
        assertThat(rollouts.get(7).correctness()).as("unparsable answer").isEqualTo(-1.0);
    }

    @Test
    void solutionIsRebuiltIntoAlternatingTurns() throws IOException {
        Rollout twoCalls = new PixelReasonerDumpImporter(8).read(DUMP).rollouts().get(2);

        assertThat(twoCalls.trace()).isPresent();
        assertThat(twoCalls.trace().get().turns()).extracting(t -> t.role())
                .containsExactly(Role.ASSISTANT, Role.USER, Role.ASSISTANT, Role.USER, Role.ASSISTANT);
        assertThat(twoCalls.trace().get().turns().get(0).text()).endsWith("</tool_call>");
        assertThat(twoCalls.trace().get().turns().get(4).text()).contains("\\boxed{B}").doesNotContain("<|im_end|>");
    }

    @Test
    void evalDumpTakesItsStepFromTheFileName() throws IOException {
        RolloutImport result = new PixelReasonerDumpImporter().read(
                RolloutFixtures.path("pixelreasoner/sample.eval_iter3_0.jsonl"));

        assertThat(result.rollouts()).hasSize(2).allSatisfy(r -> assertThat(r.step()).isEqualTo(3));
        assertThat(result.rollouts().get(1).groundTruths()).as("gts stored as a plain string").containsExactly("34%");
    }

    @Test
    void malformedLinesAreLocatedAndTheRestStillLoad(@TempDir Path dir) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(DUMP, StandardCharsets.UTF_8));
        lines.set(2, "{\"solutions\": \"x\", \"qids\": \"q\", \"round0_nwait\": \"two\"}");
        lines.set(9, "{not json");
        Path broken = dir.resolve("sample.jsonl");
        Files.write(broken, lines, StandardCharsets.UTF_8);

        RolloutImport result = new PixelReasonerDumpImporter().read(broken);

        assertThat(result.rollouts()).hasSize(14);
        assertThat(result.findings()).hasSize(2);
        Finding first = result.findings().get(0);
        assertThat(first.location().file()).isEqualTo(broken);
        assertThat(first.location().line()).hasValue(3);
        assertThat(first.location().field()).hasValue("round0_nwait");
        assertThat(result.findings().get(1).location().line()).hasValue(10);
        assertThat(result.findings().get(1).message()).contains("not valid JSON");
    }
}
