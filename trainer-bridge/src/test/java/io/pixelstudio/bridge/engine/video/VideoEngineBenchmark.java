package io.pixelstudio.bridge.engine.video;

import io.pixelstudio.bridge.engine.EngineEventLog;
import io.pixelstudio.bridge.engine.TestEngines;
import io.pixelstudio.bridge.engine.policy.AnswerVocabulary;
import io.pixelstudio.bridge.engine.policy.SftSettings;
import io.pixelstudio.bridge.engine.policy.SftTrainer;
import io.pixelstudio.bridge.engine.probes.ProbeSplit;
import io.pixelstudio.bridge.engine.probes.VideoProbeItem;
import io.pixelstudio.bridge.engine.probes.VideoProbeSuiteWriter;
import io.pixelstudio.bridge.engine.rl.RlSettings;
import io.pixelstudio.bridge.engine.rl.RlStepResult;
import io.pixelstudio.bridge.events.RunListener;
import io.pixelstudio.trace.progress.ProgressListener;
import io.pixelstudio.trace.rollout.reward.RewardParameters;
import io.pixelstudio.trace.rollout.reward.RewardProfile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * By-hand benchmark (not a test): video suite generation, frame-policy SFT and greedy evaluation
 * on the held-out split, with wall times and per-kind accuracy, selection and evidence-frame rates;
 * then, when {@code rlSteps} > 0, GRPO from the SFT weights with curiosity on (REFERENCE_CODE
 * defaults) and off (α = 0), each evaluated the same way.
 * Args: [count] [epochs] [seed] [learningRate] [rlSteps] [rlLearningRate].
 */
public final class VideoEngineBenchmark {

    private VideoEngineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        float learningRate = args.length > 3 ? Float.parseFloat(args[3]) : 2e-3f;
        int rlSteps = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        float rlLearningRate = args.length > 5 ? Float.parseFloat(args[5]) : 3e-4f;
        Path dir = Files.createTempDirectory("video-engine-bench");
        long t0 = System.nanoTime();
        VideoProbeSuiteWriter.Suite suite = new VideoProbeSuiteWriter(ProgressListener.NONE).write(dir, seed, count);
        long t1 = System.nanoTime();
        List<FrameSftExample> examples = new FrameSftExamples(AnswerVocabulary.videoProbes()).of(suite.traces(), dir);
        List<VideoProbeItem> heldOut = suite.items().stream().filter(i -> i.split() == ProbeSplit.TEST).toList();
        long t2 = System.nanoTime();
        try (EngineEventLog events = new EngineEventLog(dir.resolve("run"), new RunListener() { });
             FramePolicy policy = new FramePolicy(TestEngines.runtime(), AnswerVocabulary.videoProbes(), seed)) {
            FrameEvaluation evaluation = new FrameEvaluation(policy, dir);
            print("before SFT", evaluation.evaluate(heldOut));
            long t3 = System.nanoTime();
            SftTrainer.Result sft = new FrameSftTrainer(events).train(policy, examples,
                    new SftSettings(epochs, 16, learningRate, seed), dir.resolve("run/ckpt"));
            long t4 = System.nanoTime();
            FrameEvaluation.Report after = evaluation.evaluate(heldOut);
            long t5 = System.nanoTime();
            System.out.printf("videos %d (%d held out), traces %d, steps %d; generate+synthesize %.1fs, examples %.1fs,"
                            + " SFT %d updates %.1fs, eval %.1fs%n", count, heldOut.size(), suite.traces().size(),
                    examples.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, sft.steps(), (t4 - t3) / 1e9, (t5 - t4) / 1e9);
            System.out.println("epoch losses " + sft.epochLosses());
            print("after SFT", after);
        }
        Path sftWeights = dir.resolve("run/ckpt/epoch-" + epochs);
        List<VideoProbeItem> train = suite.items().stream().filter(i -> i.split() == ProbeSplit.TRAIN).toList();
        for (int arm = 0; rlSteps > 0 && arm < 2; arm++) {
            RewardParameters on = RewardProfile.REFERENCE_CODE.defaults();
            RewardParameters reward = arm == 0 ? on : on.withCuriosityWeight(0);
            Path run = dir.resolve(arm == 0 ? "rl-on" : "rl-off");
            try (EngineEventLog events = new EngineEventLog(run, new RunListener() { });
                 FramePolicy policy = new FramePolicy(TestEngines.runtime(), AnswerVocabulary.videoProbes(), seed)) {
                policy.load(sftWeights);
                long t0r = System.nanoTime();
                List<RlStepResult> steps = new FrameGrpoTrainer(events).train(policy, train, dir,
                        new RlSettings(rlSteps, 4, 8, rlLearningRate, seed, reward), run);
                long t1r = System.nanoTime();
                StringBuilder rapr = new StringBuilder();
                StringBuilder accuracy = new StringBuilder();
                for (RlStepResult r : steps) {
                    rapr.append(String.format(" %.2f", r.rapr()));
                    accuracy.append(String.format(" %.2f", r.accuracy()));
                }
                System.out.printf("RL curiosity %s: %d steps %.1fs%n  rapr%s%n  accuracy%s%n", arm == 0 ? "on" : "off",
                        rlSteps, (t1r - t0r) / 1e9, rapr, accuracy);
                print("after SFT + RL (curiosity " + (arm == 0 ? "on" : "off") + ")",
                        new FrameEvaluation(policy, dir).evaluate(heldOut));
            }
        }
    }

    private static void print(String label, FrameEvaluation.Report report) {
        System.out.printf("%s: held-out accuracy %.2f%n", label, report.accuracy());
        report.perKind().forEach((k, s) -> System.out.printf("  %-7s n=%3d accuracy %.2f selected %.2f evidence frame %.2f%n",
                k.id(), s.items(), s.accuracy(), s.selectionRate(), s.evidenceRate()));
    }
}
