package io.pixelstudio.bridge.engine.rl;

import io.pixelstudio.bridge.engine.EngineEventLog;
import io.pixelstudio.bridge.engine.TestEngines;
import io.pixelstudio.bridge.engine.policy.AnswerVocabulary;
import io.pixelstudio.bridge.engine.policy.EvaluationLines;
import io.pixelstudio.bridge.engine.policy.HeldOutEvaluation;
import io.pixelstudio.bridge.engine.policy.PixelPolicy;
import io.pixelstudio.bridge.engine.policy.SftExample;
import io.pixelstudio.bridge.engine.policy.SftExamples;
import io.pixelstudio.bridge.engine.policy.SftSettings;
import io.pixelstudio.bridge.engine.policy.SftTrainer;
import io.pixelstudio.bridge.engine.policy.ZoomGrid;
import io.pixelstudio.bridge.engine.probes.ProbeGenerator;
import io.pixelstudio.bridge.engine.probes.ProbeItem;
import io.pixelstudio.bridge.engine.probes.ProbeSplit;
import io.pixelstudio.bridge.engine.probes.ProbeSuiteWriter;
import io.pixelstudio.bridge.events.RunListener;
import io.pixelstudio.trace.format.AtomicFiles;
import io.pixelstudio.trace.progress.ProgressListener;
import io.pixelstudio.trace.rollout.reward.RewardParameters;
import io.pixelstudio.trace.rollout.reward.RewardProfile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * By-hand experiment (not a test), issue 8's curiosity question: one SFT, then GRPO from that
 * checkpoint with the REFERENCE_CODE reward (curiosity on) against the same with α = 0 (off), for
 * each seed. Prints per-step RaPR and accuracy, held-out figures every {@code evalEvery} steps and
 * at the end, and writes every row to {@code curiosity.csv} in the output folder.
 * Args: [items] [sftTraces] [sftEpochs] [rlSteps] [questions] [group] [rlLearningRate] [evalEvery] [budget] [outDir] [jobs…];
 * {@code sftTraces} limits SFT to the suite's first traces (a short SFT leaves the zoom decision
 * unsaturated, as a nascent skill); {@code budget} is the reward's operation budget N
 * (REFERENCE_CODE: 1; 0 makes every zoom cost β). A job is a seed (both arms) or {@code seed:on} /
 * {@code seed:off} (one arm, to split the arms over processes). Options among the jobs:
 * {@code heads=answer} (or {@code action+answer}, …) teaches only those heads in SFT
 * ({@link HeadMaskedSft}; default all three through {@code SftTrainer}); {@code ckpt=DIR} loads that
 * SFT checkpoint instead of training one (the suite is regenerated identically from its seed).
 * The CSV is rewritten after every arm, so a cut-short run keeps the arms it finished.
 */
public final class EngineCuriosityExperiment {

    private EngineCuriosityExperiment() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int sftTraces = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        int sftEpochs = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        int steps = args.length > 3 ? Integer.parseInt(args[3]) : 25;
        int questions = args.length > 4 ? Integer.parseInt(args[4]) : 3;
        int group = args.length > 5 ? Integer.parseInt(args[5]) : 8;
        float learningRate = args.length > 6 ? Float.parseFloat(args[6]) : 2e-3f;
        int evalEvery = args.length > 7 ? Integer.parseInt(args[7]) : 10;
        int budget = args.length > 8 ? Integer.parseInt(args[8]) : 0;
        Path out = args.length > 9 ? Path.of(args[9]) : Files.createTempDirectory("engine-curiosity");
        List<String> jobs = new ArrayList<>();
        String heads = null;
        Path loadFrom = null;
        for (String a : args.length > 10 ? Arrays.copyOfRange(args, 10, args.length) : new String[]{"1", "2"}) {
            if (a.startsWith("heads=")) {
                heads = a.substring(6);
            } else if (a.startsWith("ckpt=")) {
                loadFrom = Path.of(a.substring(5));
            } else if (a.contains(":")) {
                jobs.add(a);
            } else {
                jobs.add(a + ":on");
                jobs.add(a + ":off");
            }
        }
        ZoomGrid grid = new ZoomGrid(ProbeGenerator.GRID);
        AnswerVocabulary vocabulary = AnswerVocabulary.probes();
        ProbeSuiteWriter.Suite suite = new ProbeSuiteWriter(ProgressListener.NONE).write(out.resolve("suite"), 1, count);
        Path media = suite.folder();
        List<ProbeItem> train = suite.items().stream().filter(i -> i.split() == ProbeSplit.TRAIN).toList();
        List<ProbeItem> heldOut = suite.items().stream().filter(i -> i.split() == ProbeSplit.TEST).toList();
        Path checkpoint = loadFrom != null ? loadFrom : out.resolve("sft/ckpt/epoch-" + sftEpochs);
        long t0 = System.nanoTime();
        HeldOutEvaluation.Report before;
        try (EngineEventLog events = new EngineEventLog(out.resolve("sft"), new RunListener() { });
             PixelPolicy policy = new PixelPolicy(TestEngines.runtime(), grid, vocabulary, 1)) {
            if (loadFrom != null) {
                policy.load(loadFrom);
                System.out.println("SFT checkpoint loaded from " + loadFrom);
            } else {
                List<SftExample> examples = new SftExamples(grid, vocabulary).of(
                        suite.traces().subList(0, Math.min(sftTraces, suite.traces().size())), media);
                SftSettings settings = new SftSettings(sftEpochs, 16, 2e-3f, 1);
                SftTrainer.Result r = heads == null
                        ? new SftTrainer(events).train(policy, examples, settings, out.resolve("sft/ckpt"))
                        : new HeadMaskedSft(events, HeadMaskedSft.parse(heads)).train(policy, examples, settings,
                                out.resolve("sft/ckpt"));
                System.out.printf(Locale.ROOT, "SFT (%s) %d of the traces of %d items, %d epochs, losses %s: %.1fs%n",
                        heads == null ? "all heads" : heads, sftTraces, count, sftEpochs, r.epochLosses(),
                        (System.nanoTime() - t0) / 1e9);
            }
            before = new HeldOutEvaluation(policy, media).evaluate(heldOut, "sft");
            System.out.println("after SFT " + EvaluationLines.of(before));
        }
        List<String> table = new ArrayList<>(List.of("| seed | curiosity | RaPR first → last-5 | accuracy last-5 "
                + "| held-out RaPR | held-out zoom-needing acc. before → after | held-out whole-image acc. | cell hit before → after "
                + "| steps paid curiosity | RL s/step |", "|---|---|---|---|---|---|---|---|---|---|"));
        List<String> csv = new ArrayList<>(List.of("seed,arm,step,rapr,accuracy,operations,reward,curiosity,"
                + "heldout_rapr,heldout_zoom_needing_accuracy,heldout_whole_image_accuracy,heldout_cell_hit"));
        RewardParameters on = RewardProfile.REFERENCE_CODE.defaults().withOperationBudget(budget);
        for (String job : jobs) {
            long seed = Long.parseLong(job.substring(0, job.indexOf(':')));
            String arm = job.substring(job.indexOf(':') + 1);
            if (!arm.equals("on") && !arm.equals("off")) {
                throw new IllegalArgumentException("arm must be on or off: " + job);
            }
            boolean curiosity = arm.equals("on");
            csv.add(String.format(Locale.ROOT, "%d,%s,0,,,,,,%.3f,%.3f,%.3f,%.3f", seed, arm, before.rapr(),
                    before.zoomNeedingAccuracy(), before.wholeImageAccuracy(), before.cellHitRate()));
            Path run = out.resolve("rl-" + seed + "-" + arm);
            try (EngineEventLog events = new EngineEventLog(run, new RunListener() { });
                 PixelPolicy policy = new PixelPolicy(TestEngines.runtime(), grid, vocabulary, seed)) {
                policy.load(checkpoint);
                HeldOutEvaluation evaluation = new HeldOutEvaluation(policy, media);
                long t1 = System.nanoTime();
                long[] evalNanos = {0};
                HeldOutEvaluation.Report[] last = new HeldOutEvaluation.Report[1];
                List<RlStepResult> results = new GrpoTrainer(events).train(policy, train, media,
                        new RlSettings(steps, questions, group, learningRate, seed, curiosity ? on : on.withCuriosityWeight(0)),
                        run, r -> {
                            String held = ",,,";
                            if (r.step() % evalEvery == 0 || r.step() == steps) {
                                long e0 = System.nanoTime();
                                HeldOutEvaluation.Report rep = evaluation.evaluate(heldOut, arm + seed + "-" + r.step());
                                evalNanos[0] += System.nanoTime() - e0;
                                last[0] = rep;
                                held = String.format(Locale.ROOT, "%.3f,%.3f,%.3f,%.3f", rep.rapr(),
                                        rep.zoomNeedingAccuracy(), rep.wholeImageAccuracy(), rep.cellHitRate());
                                System.out.printf(Locale.ROOT, "seed %d %-3s step %3d %s%n", seed, arm, r.step(),
                                        EvaluationLines.of(rep));
                            }
                            csv.add(String.format(Locale.ROOT, "%d,%s,%d,%.4f,%.4f,%.4f,%.4f,%.4f,%s", seed, arm,
                                    r.step(), r.rapr(), r.accuracy(), r.operations(), r.total(), r.curiosity(), held));
                        });
                double rlSeconds = (System.nanoTime() - t1 - evalNanos[0]) / 1e9;
                StringBuilder rapr = new StringBuilder();
                StringBuilder accuracy = new StringBuilder();
                for (RlStepResult r : results) {
                    rapr.append(String.format(Locale.ROOT, " %.2f", r.rapr()));
                    accuracy.append(String.format(Locale.ROOT, " %.2f", r.accuracy()));
                }
                System.out.printf(Locale.ROOT, "seed %d curiosity %s: RL %.1fs (%.2fs/step, %.1f rollouts/s)%n", seed,
                        arm, rlSeconds, rlSeconds / steps, steps * questions * group / rlSeconds);
                List<RlStepResult> tail = results.subList(Math.max(0, results.size() - 5), results.size());
                table.add(String.format(Locale.ROOT, "| %d | %s | %.2f → %.2f | %.2f | %.2f | %.2f → %.2f | %.2f | %.2f → %.2f | %d | %.1f |",
                        seed, arm, results.get(0).rapr(), tail.stream().mapToDouble(RlStepResult::rapr).average().orElse(0),
                        tail.stream().mapToDouble(RlStepResult::accuracy).average().orElse(0), last[0].rapr(),
                        before.zoomNeedingAccuracy(), last[0].zoomNeedingAccuracy(), last[0].wholeImageAccuracy(),
                        before.cellHitRate(), last[0].cellHitRate(),
                        results.stream().filter(r -> r.curiosity() > 0).count(), rlSeconds / steps));
                System.out.println("  rapr    " + rapr);
                System.out.println("  accuracy" + accuracy);
            }
            Path file = out.resolve("curiosity.csv");
            AtomicFiles.write(file, o -> o.write((String.join("\n", csv) + "\n").getBytes(StandardCharsets.UTF_8)));
            System.out.println("CSV " + file);
            table.forEach(System.out::println);
        }
    }
}
