package io.pixelstudio.bridge.engine.video;

import io.pixelstudio.bridge.engine.EngineEventLog;
import io.pixelstudio.bridge.engine.TestEngines;
import io.pixelstudio.bridge.engine.policy.AnswerVocabulary;
import io.pixelstudio.bridge.engine.probes.VideoProbeItem;
import io.pixelstudio.bridge.engine.probes.VideoProbeSuiteWriter;
import io.pixelstudio.bridge.engine.rl.RlSettings;
import io.pixelstudio.bridge.engine.rl.RlStepResult;
import io.pixelstudio.bridge.events.RunListener;
import io.pixelstudio.trace.progress.ProgressListener;
import io.pixelstudio.trace.rollout.Rollout;
import io.pixelstudio.trace.rollout.importer.RolloutImport;
import io.pixelstudio.trace.rollout.importer.RolloutImporter;
import io.pixelstudio.trace.rollout.importer.RolloutImporters;
import io.pixelstudio.trace.rollout.importer.StudioRolloutsFormat;
import io.pixelstudio.trace.rollout.reward.CuriosityReward;
import io.pixelstudio.trace.rollout.reward.GroupReward;
import io.pixelstudio.trace.rollout.reward.RewardBreakdown;
import io.pixelstudio.trace.rollout.reward.RewardParameters;
import io.pixelstudio.trace.rollout.reward.RewardProfile;
import io.pixelstudio.trace.rollout.stats.RolloutGrouping;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FrameGrpoTrainerTest {

    @TempDir
    static Path suiteDir;
    static List<VideoProbeItem> items;

    @BeforeAll
    static void writeSuite() throws IOException {
        items = new VideoProbeSuiteWriter(ProgressListener.NONE).write(suiteDir, 6, 4).items();
    }

    @Test
    void aTinyRunWritesVideoRolloutsTheStudioImportsWithTheRewardItRecomputes(@TempDir Path run) throws IOException {
        RewardParameters reward = RewardProfile.PAPER.defaults();
        List<RlStepResult> results = train(run, 4, reward);
        assertThat(results).hasSize(2);

        Path file = Path.of(results.get(0).rolloutsFile());
        RolloutImporter importer = new RolloutImporters(0).detect(file);
        assertThat(importer.id()).isEqualTo(StudioRolloutsFormat.ID);
        RolloutImport imported = importer.read(file);
        assertThat(imported.findings()).isEmpty();
        assertThat(imported.rollouts()).hasSize(2 * 4).allMatch(Rollout::video)
                .allSatisfy(r -> assertThat(r.toolCalls()).isBetween(0, FrameRollout.MAX_SELECTIONS));
        List<GroupReward> rescored = new CuriosityReward(reward).score(RolloutGrouping.group(imported.rollouts()));
        for (GroupReward g : rescored) {
            for (RewardBreakdown b : g.breakdowns()) {
                assertThat(b.total()).isCloseTo(b.rollout().storedReward().getAsDouble(), within(1e-9));
                assertThat(b.advantage()).isCloseTo(b.rollout().recorded().get("advantage"), within(1e-9));
            }
        }
        assertThat(imported.rollouts().stream().filter(Rollout::usedOperation).count() / 8.0)
                .isCloseTo(results.get(0).rapr(), within(1e-9));
    }

    @Test
    void theSameSeedGivesTheSameRun(@TempDir Path run) throws IOException {
        RewardParameters reward = RewardProfile.REFERENCE_CODE.defaults();
        List<RlStepResult> a = train(run.resolve("a"), 7, reward);
        List<RlStepResult> b = train(run.resolve("b"), 7, reward);
        assertThat(b).extracting(RlStepResult::metrics).isEqualTo(a.stream().map(RlStepResult::metrics).toList());
        assertThat(Files.readString(run.resolve("b/rollouts/step-00002.jsonl")))
                .isEqualTo(Files.readString(run.resolve("a/rollouts/step-00002.jsonl")));
    }

    private static List<RlStepResult> train(Path run, long seed, RewardParameters reward) throws IOException {
        try (EngineEventLog events = new EngineEventLog(run, new RunListener() { });
             FramePolicy policy = new FramePolicy(TestEngines.runtime(), AnswerVocabulary.videoProbes(), seed)) {
            return new FrameGrpoTrainer(events).train(policy, items, suiteDir,
                    new RlSettings(2, 2, 4, 1e-2f, seed, reward), run);
        }
    }
}
