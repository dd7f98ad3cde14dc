package io.pixelstudio.bridge.engine.policy;

import io.pixelstudio.bridge.engine.EngineEventLog;
import io.pixelstudio.bridge.engine.TestEngines;
import io.pixelstudio.bridge.engine.probes.ProbeGenerator;
import io.pixelstudio.bridge.engine.probes.ProbeItem;
import io.pixelstudio.bridge.engine.probes.ProbeKind;
import io.pixelstudio.bridge.engine.probes.ProbeSplit;
import io.pixelstudio.bridge.engine.probes.ProbeSuiteWriter;
import io.pixelstudio.bridge.events.RunListener;
import io.pixelstudio.trace.progress.ProgressListener;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * By-hand benchmark (not a test): suite generation, SFT and greedy evaluation on the held-out split,
 * with wall times and per-kind accuracy and zoom rate. Args: [count] [epochs] [seed].
 */
public final class EngineSftBenchmark {

    private EngineSftBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 250;
        int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        Path dir = Files.createTempDirectory("engine-bench");
        long t0 = System.nanoTime();
        ProbeSuiteWriter.Suite suite = new ProbeSuiteWriter(ProgressListener.NONE).write(dir, seed, count);
        long t1 = System.nanoTime();
        ZoomGrid grid = new ZoomGrid(ProbeGenerator.GRID);
        List<SftExample> examples = new SftExamples(grid, AnswerVocabulary.probes()).of(suite.traces(), dir);
        long t2 = System.nanoTime();
        try (EngineEventLog events = new EngineEventLog(dir.resolve("run"), new RunListener() { });
             PixelPolicy policy = new PixelPolicy(TestEngines.runtime(), grid, AnswerVocabulary.probes(), seed)) {
            SftTrainer.Result sft = new SftTrainer(events).train(policy, examples,
                    new SftSettings(epochs, 16, 2e-3f, seed), dir.resolve("run/ckpt"));
            long t3 = System.nanoTime();
            Map<ProbeKind, int[]> stats = new EnumMap<>(ProbeKind.class);
            PolicyRollout rollout = new PolicyRollout(policy, dir);
            for (ProbeItem item : suite.items()) {
                if (item.split() != ProbeSplit.TEST) {
                    continue;
                }
                PolicyRollout.Outcome o = rollout.run(item, ImageIO.read(dir.resolve(item.image()).toFile()),
                        item.id() + "-eval", null);
                int[] s = stats.computeIfAbsent(item.kind(), k -> new int[4]);
                s[0]++;
                s[1] += o.answer().equals(item.answer()) ? 1 : 0;
                s[2] += o.zoomCells().isEmpty() ? 0 : 1;
                s[3] += o.zoomCells().contains(item.cell()) ? 1 : 0;
            }
            long t4 = System.nanoTime();
            System.out.printf("items %d, traces %d, steps %d; generate+synthesize %.1fs, examples %.1fs, SFT %d updates %.1fs, eval %.1fs%n",
                    count, suite.traces().size(), examples.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, sft.steps(),
                    (t3 - t2) / 1e9, (t4 - t3) / 1e9);
            System.out.println("epoch losses " + sft.epochLosses());
            stats.forEach((k, s) -> System.out.printf("%-7s n=%3d accuracy %.2f zoomed %.2f evidence cell %.2f%n", k.id(),
                    s[0], s[1] / (double) s[0], s[2] / (double) s[0], s[3] / (double) s[0]));
        }
    }
}
