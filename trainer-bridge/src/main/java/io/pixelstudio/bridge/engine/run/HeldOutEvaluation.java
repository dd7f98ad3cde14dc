package io.pixelstudio.bridge.engine.run;

import io.pixelstudio.bridge.engine.policy.PixelPolicy;
import io.pixelstudio.bridge.engine.policy.PolicyRollout;
import io.pixelstudio.bridge.engine.probes.ProbeItem;
import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.Evidence;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.eval.Benchmark;
import io.pixelstudio.trace.eval.Prediction;
import io.pixelstudio.trace.eval.PredictionSet;
import io.pixelstudio.trace.eval.RunProvenance;
import io.pixelstudio.trace.eval.SampleScore;
import io.pixelstudio.trace.eval.importer.StudioPredictionsFormat;
import io.pixelstudio.trace.eval.metric.BenchmarkScorers;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Greedy rollouts of the held-out probes written as a studio predictions file (benchmark
 * {@code probes}, category = probe kind, the full trace with its evidence — normalized — on every line), scored
 * with the studio's own scorer. Why the studio format and scorer rather than the rollout's own
 * correctness: the file then opens in Compare beside any other run, with faithfulness from the
 * traces' evidence, and the accuracy reported here is exactly what Compare will show.
 */
final class HeldOutEvaluation {

    /** The predictions file's name inside the evaluation folder. */
    static final String FILE = "held-out.predictions.jsonl";

    private final StudioPredictionsFormat format = new StudioPredictionsFormat();
    private final BenchmarkScorers scorers = BenchmarkScorers.benchmarkMetrics();

    /** What an evaluation wrote and scored. */
    record Result(Path predictions, int items, double accuracy, double zoomsPerItem, Map<String, Double> accuracyByKind) {

        /** The numbers as {@code eval/…} metrics. */
        Map<String, Double> metrics() {
            Map<String, Double> m = new TreeMap<>();
            m.put("eval/accuracy", accuracy);
            m.put("eval/operations", zoomsPerItem);
            accuracyByKind.forEach((kind, value) -> m.put("eval/accuracy/" + kind, value));
            return m;
        }
    }

    /**
     * Evaluates {@code policy} on {@code items} (absolute images); the predictions file and the
     * rollouts' crops go to {@code folder}.
     */
    Result evaluate(PixelPolicy policy, List<ProbeItem> items, Path folder, String name, String checkpoint)
            throws IOException {
        Objects.requireNonNull(policy, "policy");
        if (items.isEmpty()) {
            throw new IOException("the probe suite has no held-out items to evaluate");
        }
        PolicyRollout roller = new PolicyRollout(policy, folder);
        List<Prediction> predictions = new ArrayList<>();
        int zooms = 0;
        for (ProbeItem item : items) {
            BufferedImage image = ImageIO.read(Path.of(item.image()).toFile());
            if (image == null) {
                throw new IOException(item.image() + ": not a readable image (probe " + item.id() + ")");
            }
            PolicyRollout.Outcome outcome = roller.run(item, image, "eval-" + item.id(), null);
            zooms += outcome.zoomCells().size();
            Trace trace = outcome.trace().withEvidence(List.of(new Evidence.Region(1, normalized(item))));
            predictions.add(new Prediction(item.id(), Benchmark.PROBES, item.kind().id(), item.question(),
                    List.of(item.answer()), response(trace), Optional.of(trace),
                    Map.of(Prediction.RECORDED_TOOL_CALLS, (double) outcome.zoomCells().size(),
                            Prediction.RECORDED_TOOL_FAILURES, 0.0)));
        }
        RunProvenance provenance = new RunProvenance(checkpoint, "probes", "greedy", "", "exact",
                Map.of("engine", PolicyRollout.SOURCE));
        Path file = folder.resolve(FILE);
        format.write(new PredictionSet(name, provenance, predictions, List.of()), file);
        List<SampleScore> scores = scorers.scoreAll(predictions);
        Map<String, Double> byKind = scores.stream().collect(Collectors.groupingBy(SampleScore::category, TreeMap::new,
                Collectors.averagingDouble(SampleScore::score)));
        double accuracy = scores.stream().mapToDouble(SampleScore::score).average().orElse(0);
        return new Result(file, items.size(), accuracy, zooms / (double) items.size(), byKind);
    }

    /**
     * The probe's evidence in normalized units of the image. Why not pixels: Compare judges
     * faithfulness from the boxes as written (no replay), and a pixel box cannot be placed without
     * the image size, which a predictions file does not carry.
     */
    static Box normalized(ProbeItem item) {
        Box box = item.evidence();
        double w = item.width();
        double h = item.height();
        return Box.normalized(box.x1() / w, box.y1() / h, box.x2() / w, box.y2() / h);
    }

    /** The assistant turns' text, one after another: what a model's transcript holds and the scorer reads. */
    static String response(Trace trace) {
        return trace.turns().stream().filter(t -> t.role() == Role.ASSISTANT).map(Turn::text)
                .collect(Collectors.joining("\n"));
    }
}
