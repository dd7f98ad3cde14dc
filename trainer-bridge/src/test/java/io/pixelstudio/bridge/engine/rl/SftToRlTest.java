package io.pixelstudio.bridge.engine.rl;

import ai.djl.ndarray.NDManager;
import io.pixelstudio.bridge.engine.EngineEventLog;
import io.pixelstudio.bridge.engine.TestEngines;
import io.pixelstudio.bridge.engine.policy.AnswerVocabulary;
import io.pixelstudio.bridge.engine.policy.PixelPolicy;
import io.pixelstudio.bridge.engine.policy.SftExample;
import io.pixelstudio.bridge.engine.policy.SftExamples;
import io.pixelstudio.bridge.engine.policy.SftSettings;
import io.pixelstudio.bridge.engine.policy.SftTrainer;
import io.pixelstudio.bridge.engine.policy.ZoomGrid;
import io.pixelstudio.bridge.engine.probes.ProbeGenerator;
import io.pixelstudio.bridge.engine.probes.ProbeSuiteWriter;
import io.pixelstudio.bridge.events.RunListener;
import io.pixelstudio.trace.progress.ProgressListener;
import io.pixelstudio.trace.rollout.reward.RewardProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SftToRlTest {

    private static final ZoomGrid GRID = new ZoomGrid(ProbeGenerator.GRID);

    @Test
    void rlFromTheSftCheckpointStartsFromExactlyTheSftParameters(@TempDir Path dir) throws IOException {
        ProbeSuiteWriter.Suite suite = new ProbeSuiteWriter(ProgressListener.NONE).write(dir.resolve("suite"), 8, 8);
        List<SftExample> examples = new SftExamples(GRID, AnswerVocabulary.probes()).of(suite.traces(), suite.folder());
        Path checkpoint = dir.resolve("sft/epoch-1");
        try (EngineEventLog events = new EngineEventLog(dir.resolve("sft-run"), new RunListener() { });
             PixelPolicy trained = policy(1);
             PixelPolicy loaded = policy(2);
             PixelPolicy fresh = policy(2)) {
            new SftTrainer(events).train(trained, examples, new SftSettings(1, 8, 3e-3f, 1), dir.resolve("sft"));
            loaded.load(checkpoint);
            float[][] inputs = examples.stream().limit(4).map(SftExample::input).toArray(float[][]::new);
            try (NDManager m = TestEngines.runtime().newManager()) {
                float[] expected = trained.predict(m, inputs).toFloatArray();
                assertThat(loaded.predict(m, inputs).toFloatArray()).containsExactly(expected);
                assertThat(fresh.predict(m, inputs).toFloatArray()).isNotEqualTo(expected);
            }
            // the first RL step samples from the checkpoint: same rollouts as from the trained policy itself
            String fromCheckpoint = firstStepRollouts(loaded, suite, dir.resolve("rl-loaded"));
            assertThat(fromCheckpoint).isEqualTo(firstStepRollouts(trained, suite, dir.resolve("rl-trained")));
            assertThat(fromCheckpoint).isNotEqualTo(firstStepRollouts(fresh, suite, dir.resolve("rl-fresh")));
        }
    }

    private static String firstStepRollouts(PixelPolicy policy, ProbeSuiteWriter.Suite suite, Path run)
            throws IOException {
        try (EngineEventLog events = new EngineEventLog(run, new RunListener() { })) {
            List<RlStepResult> results = new GrpoTrainer(events).train(policy, suite.items(), suite.folder(),
                    new RlSettings(1, 2, 4, 1e-3f, 5, RewardProfile.REFERENCE_CODE.defaults()), run);
            return Files.readString(Path.of(results.get(0).rolloutsFile()));
        }
    }

    private static PixelPolicy policy(long seed) {
        return new PixelPolicy(TestEngines.runtime(), GRID, AnswerVocabulary.probes(), seed);
    }
}
