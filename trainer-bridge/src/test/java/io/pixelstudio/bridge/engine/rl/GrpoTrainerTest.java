package io.pixelstudio.bridge.engine.rl;

import io.pixelstudio.bridge.engine.EngineEventLog;
import io.pixelstudio.bridge.engine.TestEngines;
import io.pixelstudio.bridge.engine.policy.AnswerVocabulary;
import io.pixelstudio.bridge.engine.policy.PixelPolicy;
import io.pixelstudio.bridge.engine.policy.ZoomGrid;
import io.pixelstudio.bridge.engine.probes.ProbeGenerator;
import io.pixelstudio.bridge.engine.probes.ProbeItem;
import io.pixelstudio.bridge.engine.probes.ProbeSuiteWriter;
import io.pixelstudio.bridge.events.RunEvent;
import io.pixelstudio.bridge.events.RunEventParser;
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
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GrpoTrainerTest {

    @TempDir
    static Path suiteDir;
    static List<ProbeItem> items;

    @BeforeAll
    static void writeSuite() throws IOException {
        items = new ProbeSuiteWriter(ProgressListener.NONE).write(suiteDir, 6, 6).items();
    }

    @Test
    void aTinyRunWritesRolloutsTheStudioImportsWithTheRewardItRecomputes(@TempDir Path run) throws IOException {
        List<RunEvent> seen = new ArrayList<>();
        RewardParameters reward = RewardProfile.PAPER.defaults();
        List<RlStepResult> results;
        try (EngineEventLog events = new EngineEventLog(run, new RunListener() {
                 @Override
                 public void accept(RunEvent event) {
                     seen.add(event);
                 }
             });
             PixelPolicy policy = newPolicy(4)) {
            events.started("rl", 2);
            results = new GrpoTrainer(events).train(policy, items, suiteDir, settings(4, reward), run);
            events.ended("succeeded");
        }
        assertThat(results).hasSize(2);
        assertThat(results).anySatisfy(r -> assertThat(r.keptRollouts()).isPositive());

        Path file = Path.of(results.get(0).rolloutsFile());
        RolloutImporter importer = new RolloutImporters(0).detect(file);
        assertThat(importer.id()).isEqualTo(StudioRolloutsFormat.ID);
        RolloutImport imported = importer.read(file);
        assertThat(imported.findings()).isEmpty();
        assertThat(imported.rollouts()).hasSize(2 * 4)
                .allSatisfy(r -> assertThat(r.trace()).isPresent())
                .allSatisfy(r -> assertThat(r.toolCalls()).isBetween(0, 2));
        // the stored reward is what trace-model's reward gives the re-imported groups
        List<GroupReward> rescored = new CuriosityReward(reward).score(RolloutGrouping.group(imported.rollouts()));
        double curiosity = 0;
        for (GroupReward g : rescored) {
            for (RewardBreakdown b : g.breakdowns()) {
                assertThat(b.total()).isCloseTo(b.rollout().storedReward().getAsDouble(), within(1e-9));
                assertThat(b.advantage()).isCloseTo(b.rollout().recorded().get("advantage"), within(1e-9));
                curiosity += b.curiosity();
            }
        }
        assertThat(curiosity / imported.rollouts().size()).isCloseTo(results.get(0).curiosity(), within(1e-9));
        assertThat(imported.rollouts().stream().filter(Rollout::usedOperation).count() / 8.0)
                .isCloseTo(results.get(0).rapr(), within(1e-9));

        List<String> lines = Files.readAllLines(run.resolve(EngineEventLog.FILE));
        RunEventParser parser = new RunEventParser();
        List<RunEvent> reread = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            reread.add(parser.parse(i + 1, lines.get(i)));
        }
        assertThat(reread).isEqualTo(seen).noneMatch(e -> e instanceof RunEvent.Malformed);
        assertThat(reread).filteredOn(e -> e instanceof RunEvent.Rollouts).hasSize(2)
                .allSatisfy(e -> assertThat(((RunEvent.Rollouts) e).count()).isEqualTo(8));
        assertThat(reread).filteredOn(e -> e instanceof RunEvent.Metrics).hasSize(2)
                .allSatisfy(e -> assertThat(((RunEvent.Metrics) e).values()).containsKeys("loss", "reward/total",
                        "reward/curiosity", "reward/penalty", "rapr", "accuracy", "operations"));
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
             PixelPolicy policy = newPolicy(seed)) {
            return new GrpoTrainer(events).train(policy, items, suiteDir, settings(seed, reward), run);
        }
    }

    private static RlSettings settings(long seed, RewardParameters reward) {
        return new RlSettings(2, 2, 4, 1e-2f, seed, reward);
    }

    private static PixelPolicy newPolicy(long seed) {
        return new PixelPolicy(TestEngines.runtime(), new ZoomGrid(ProbeGenerator.GRID), AnswerVocabulary.probes(), seed);
    }
}
