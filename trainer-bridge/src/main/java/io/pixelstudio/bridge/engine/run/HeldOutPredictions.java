package io.pixelstudio.bridge.engine.run;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.bridge.engine.policy.HeldOutEvaluation;
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
import io.pixelstudio.trace.format.AtomicFiles;
import io.pixelstudio.trace.format.project.StudioJson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The held-out evaluation's outcomes ({@link HeldOutEvaluation.Report}, greedy rollouts) written as a
 * studio predictions file (benchmark {@code probes}, category = probe kind, the full trace with its
 * evidence — normalized — on every line) plus a small JSON summary, and their figures as {@code eval/…}
 * metrics. Why the studio format and scorer for the accuracy: the file then opens in Compare beside any
 * other run, with faithfulness from the traces' evidence, and the accuracy the run reports is exactly
 * what Compare will show; the zoom figures (RaPR, cell hit) come from the same outcomes.
 */
final class HeldOutPredictions {

    /** The predictions file's name inside the evaluation folder. */
    static final String FILE = "held-out.predictions.jsonl";
    /** The summary's name inside the evaluation folder. */
    static final String SUMMARY = "held-out.summary.json";

    private final StudioPredictionsFormat format = new StudioPredictionsFormat();
    private final BenchmarkScorers scorers = BenchmarkScorers.benchmarkMetrics();

    /** What was written, and the figures reported as the run's last {@code metrics} event. */
    record Result(Path predictions, Path summary, Map<String, Double> metrics) {
    }

    /**
     * The report's figures as {@code eval/…} metrics (NaN figures, e.g. no zoom-needing item, are left out):
     * {@code eval/accuracy}, {@code eval/accuracy/<kind>}, {@code eval/zoom_needing_accuracy},
     * {@code eval/whole_image_accuracy}, {@code eval/rapr}, {@code eval/operations} (zooms per item),
     * {@code eval/cell_hit}.
     */
    static Map<String, Double> figures(HeldOutEvaluation.Report report) {
        Map<String, Double> m = new TreeMap<>();
        put(m, "eval/accuracy", report.accuracy());
        report.accuracyByKind().forEach((kind, value) -> put(m, "eval/accuracy/" + kind.id(), value));
        put(m, "eval/zoom_needing_accuracy", report.zoomNeedingAccuracy());
        put(m, "eval/whole_image_accuracy", report.wholeImageAccuracy());
        put(m, "eval/rapr", report.rapr());
        put(m, "eval/operations", report.zoomsPerItem());
        put(m, "eval/cell_hit", report.cellHitRate());
        return m;
    }

    /**
     * Writes {@code report}'s outcomes to {@code folder}: the predictions file scored with the studio's
     * scorer (its accuracy, overall and per kind, replaces the report's own in the metrics) and the summary.
     *
     * @throws IOException when the report is empty or a file cannot be written
     */
    Result write(HeldOutEvaluation.Report report, Path folder, String name, String checkpoint) throws IOException {
        Objects.requireNonNull(report, "report");
        if (report.outcomes().isEmpty()) {
            throw new IOException("the probe suite has no held-out items to evaluate");
        }
        List<Prediction> predictions = new ArrayList<>();
        for (HeldOutEvaluation.ItemOutcome o : report.outcomes()) {
            ProbeItem item = o.item();
            Trace trace = o.trace().withEvidence(List.of(new Evidence.Region(1, normalized(item))));
            predictions.add(new Prediction(item.id(), Benchmark.PROBES, item.kind().id(), item.question(),
                    List.of(item.answer()), response(trace), Optional.of(trace),
                    Map.of(Prediction.RECORDED_TOOL_CALLS, (double) o.zoomCells().size(),
                            Prediction.RECORDED_TOOL_FAILURES, 0.0)));
        }
        RunProvenance provenance = new RunProvenance(checkpoint, "probes", "greedy", "", "exact",
                Map.of("engine", PolicyRollout.SOURCE));
        return writeScored(predictions, provenance, figures(report), folder, name, checkpoint);
    }

    /**
     * Writes {@code predictions} and the summary to {@code folder}; the studio scorer's accuracy,
     * overall and per category, replaces the {@code eval/accuracy…} entries of {@code figures}. Shared
     * by both engine variants, so both report what Compare shows.
     */
    Result writeScored(List<Prediction> predictions, RunProvenance provenance, Map<String, Double> figures, Path folder,
                       String name, String checkpoint) throws IOException {
        Path file = folder.resolve(FILE);
        format.write(new PredictionSet(name, provenance, predictions, List.of()), file);
        List<SampleScore> scores = scorers.scoreAll(predictions);
        Map<String, Double> metrics = new TreeMap<>(figures);
        metrics.keySet().removeIf(k -> k.startsWith("eval/accuracy"));
        metrics.put("eval/accuracy", scores.stream().mapToDouble(SampleScore::score).average().orElse(0));
        scores.stream().collect(Collectors.groupingBy(SampleScore::category, TreeMap::new,
                        Collectors.averagingDouble(SampleScore::score)))
                .forEach((kind, value) -> metrics.put("eval/accuracy/" + kind, value));
        Path summary = folder.resolve(SUMMARY);
        writeSummary(summary, name, checkpoint, predictions.size(), metrics);
        return new Result(file, summary, metrics);
    }

    private static void writeSummary(Path file, String name, String checkpoint, int items, Map<String, Double> metrics)
            throws IOException {
        JsonMapper mapper = StudioJson.newMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("name", name);
        root.put("checkpoint", checkpoint);
        root.put("items", items);
        root.put("predictions", FILE);
        ObjectNode figures = root.putObject("metrics");
        metrics.forEach(figures::put);
        byte[] bytes = (mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    private static void put(Map<String, Double> m, String key, double value) {
        if (!Double.isNaN(value)) {
            m.put(key, value);
        }
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
