package io.pixelstudio.bridge.engine.rl;

import io.pixelstudio.bridge.engine.EngineEventLog;
import io.pixelstudio.bridge.engine.TestEngines;
import io.pixelstudio.bridge.engine.policy.AnswerVocabulary;
import io.pixelstudio.bridge.engine.policy.PixelPolicy;
import io.pixelstudio.bridge.engine.policy.ZoomGrid;
import io.pixelstudio.bridge.engine.probes.ProbeGenerator;
import io.pixelstudio.bridge.engine.probes.ProbeItem;
import io.pixelstudio.bridge.engine.probes.ProbeSplit;
import io.pixelstudio.bridge.engine.probes.ProbeSuiteWriter;
import io.pixelstudio.bridge.events.RunListener;
import io.pixelstudio.trace.progress.ProgressListener;
import io.pixelstudio.trace.rollout.reward.RewardParameters;
import io.pixelstudio.trace.rollout.reward.RewardProfile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * By-hand benchmark (not a test): GRPO from a fresh policy on the train split, curiosity on
 * (REFERENCE_CODE defaults) against off (the same with α = 0), printing RaPR and accuracy per step
 * and the mean of the last five steps. Args: [items] [steps] [questionsPerStep] [groupSize] [learningRate] [seeds…].
 */
public final class EngineRlBenchmark {

    private EngineRlBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int questions = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        int group = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        float learningRate = args.length > 4 ? Float.parseFloat(args[4]) : 3e-4f;
        long[] seeds = args.length > 5 ? java.util.Arrays.stream(args, 5, args.length).mapToLong(Long::parseLong)
                .toArray() : new long[]{1, 2};
        Path dir = Files.createTempDirectory("engine-rl-bench");
        List<ProbeItem> items = new ProbeSuiteWriter(ProgressListener.NONE).write(dir, 1, count).items().stream()
                .filter(i -> i.split() == ProbeSplit.TRAIN).toList();
        RewardParameters on = RewardProfile.REFERENCE_CODE.defaults();
        for (long seed : seeds) {
            for (boolean curiosity : new boolean[]{true, false}) {
                RewardParameters reward = curiosity ? on : on.withCuriosityWeight(0);
                Path run = dir.resolve("run-" + seed + (curiosity ? "-on" : "-off"));
                long t0 = System.nanoTime();
                List<RlStepResult> results;
                try (EngineEventLog events = new EngineEventLog(run, new RunListener() { });
                     PixelPolicy policy = new PixelPolicy(TestEngines.runtime(), new ZoomGrid(ProbeGenerator.GRID),
                             AnswerVocabulary.probes(), seed)) {
                    results = new GrpoTrainer(events).train(policy, items, dir,
                            new RlSettings(steps, questions, group, learningRate, seed, reward), run);
                }
                StringBuilder rapr = new StringBuilder();
                StringBuilder accuracy = new StringBuilder();
                for (RlStepResult r : results) {
                    rapr.append(String.format(" %.2f", r.rapr()));
                    accuracy.append(String.format(" %.2f", r.accuracy()));
                }
                List<RlStepResult> tail = results.subList(Math.max(0, results.size() - 5), results.size());
                System.out.printf("seed %d curiosity %s (%.1fs): last-5 RaPR %.3f accuracy %.3f operations %.3f%n",
                        seed, curiosity ? "on " : "off", (System.nanoTime() - t0) / 1e9,
                        tail.stream().mapToDouble(RlStepResult::rapr).average().orElse(0),
                        tail.stream().mapToDouble(RlStepResult::accuracy).average().orElse(0),
                        tail.stream().mapToDouble(RlStepResult::operations).average().orElse(0));
                System.out.println("  rapr    " + rapr);
                System.out.println("  accuracy" + accuracy);
            }
        }
    }
}
