package io.pixelstudio.bridge.engine.policy;

import io.pixelstudio.bridge.engine.EngineEventLog;
import io.pixelstudio.bridge.engine.TestEngines;
import io.pixelstudio.bridge.engine.probes.ProbeGenerator;
import io.pixelstudio.bridge.engine.probes.ProbeItem;
import io.pixelstudio.bridge.engine.probes.ProbeSplit;
import io.pixelstudio.bridge.engine.probes.ProbeSuiteWriter;
import io.pixelstudio.bridge.events.RunListener;
import io.pixelstudio.trace.progress.ProgressListener;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * By-hand benchmark (not a test): suite generation, SFT and greedy evaluation on the held-out split,
 * with wall times and the {@link HeldOutEvaluation} figures. Args: [count] [epochs] [seed] [learningRate] [batch].
 */
public final class EngineSftBenchmark {

    private EngineSftBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 250;
        int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        float learningRate = args.length > 3 ? Float.parseFloat(args[3]) : 2e-3f;
        int batch = args.length > 4 ? Integer.parseInt(args[4]) : 16;
        Path dir = Files.createTempDirectory("engine-bench");
        long t0 = System.nanoTime();
        ProbeSuiteWriter.Suite suite = new ProbeSuiteWriter(ProgressListener.NONE).write(dir, seed, count);
        long t1 = System.nanoTime();
        ZoomGrid grid = new ZoomGrid(ProbeGenerator.GRID);
        List<SftExample> examples = new SftExamples(grid, AnswerVocabulary.probes()).of(suite.traces(), dir);
        long t2 = System.nanoTime();
        List<ProbeItem> heldOut = suite.items().stream().filter(i -> i.split() == ProbeSplit.TEST).toList();
        try (EngineEventLog events = new EngineEventLog(dir.resolve("run"), new RunListener() { });
             PixelPolicy policy = new PixelPolicy(TestEngines.runtime(), grid, AnswerVocabulary.probes(), seed)) {
            SftTrainer.Result sft = new SftTrainer(events).train(policy, examples,
                    new SftSettings(epochs, batch, learningRate, seed), dir.resolve("run/ckpt"));
            long t3 = System.nanoTime();
            HeldOutEvaluation.Report report = new HeldOutEvaluation(policy, dir).evaluate(heldOut, "eval");
            long t4 = System.nanoTime();
            System.out.printf("items %d, traces %d, steps %d; generate+synthesize %.1fs, examples %.1fs, "
                            + "SFT %d updates %.1fs, eval of %d %.1fs%n", count, suite.traces().size(), examples.size(),
                    (t1 - t0) / 1e9, (t2 - t1) / 1e9, sft.steps(), (t3 - t2) / 1e9, heldOut.size(), (t4 - t3) / 1e9);
            System.out.println("epoch losses " + sft.epochLosses());
            System.out.println(EvaluationLines.of(report));
        }
    }
}
