package io.pixelstudio.trace.rollout.importer;

import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.rollout.Rollout;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PromptResponseImporterTest {

    @Test
    void readsPromptResponseRewardWithStepGroupAndAccuracy() throws IOException {
        RolloutImport result = new PromptResponseImporter().read(RolloutFixtures.path("verl_rollouts.jsonl"));

        assertThat(result.findings()).isEmpty();
        List<Rollout> rollouts = result.rollouts();
        assertThat(rollouts).hasSize(9);
        Rollout first = rollouts.get(0);
        assertThat(first.qid()).isEqualTo("a1f3");
        assertThat(first.step()).isEqualTo(10);
        assertThat(first.correctness()).isEqualTo(1.0);
        assertThat(first.storedReward()).hasValue(1.0);
        assertThat(first.question()).startsWith("<image>\nWhat is the color of the umbrella?");
        assertThat(rollouts.get(1).correctness()).isZero();
        assertThat(rollouts.get(1).sample()).isEqualTo(1);
    }

    @Test
    void countsToolCallsFromTheResponseAndFlagsUnparsableOnes() throws IOException {
        List<Rollout> rollouts = new PromptResponseImporter().read(RolloutFixtures.path("verl_rollouts.jsonl"))
                .rollouts();

        assertThat(rollouts).extracting(Rollout::toolCalls).containsExactly(0, 1, 0, 1, 1, 0, 2, 1, 0);
        assertThat(rollouts).allSatisfy(r -> assertThat(r.toolFailures()).isZero());
        Rollout twoCalls = rollouts.get(6);
        assertThat(twoCalls.trace().orElseThrow().turns()).extracting(t -> t.role())
                .containsExactly(Role.SYSTEM, Role.USER, Role.ASSISTANT, Role.USER, Role.ASSISTANT, Role.USER,
                        Role.ASSISTANT);
    }

    @Test
    void withoutAGroupIdThePromptHashGroupsAndStepAndCorrectnessAreUnknownOrScored() throws IOException {
        Rollout last = new PromptResponseImporter().read(RolloutFixtures.path("verl_rollouts.jsonl")).rollouts()
                .get(8);

        assertThat(last.qid()).matches("prompt:[0-9a-f]{12}");
        assertThat(last.step()).isEqualTo(-1);
        assertThat(last.correctness()).as("score 0").isZero();
    }
}
