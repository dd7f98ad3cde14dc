package io.pixelstudio.bridge.engine.run;

import io.pixelstudio.bridge.engine.probes.VideoProbeItem;
import io.pixelstudio.bridge.engine.video.FrameEvaluation;
import io.pixelstudio.bridge.engine.video.FrameRollout;
import io.pixelstudio.trace.eval.Benchmark;
import io.pixelstudio.trace.eval.Prediction;
import io.pixelstudio.trace.eval.RunProvenance;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The video variant's held-out evaluation ({@link FrameEvaluation.Report}, greedy rollouts) as a
 * studio predictions file and summary, through {@link HeldOutPredictions#writeScored} so both
 * variants write the same files and report the studio scorer's accuracy. Every line carries the full
 * trace, whose evidence is the probe's evidence frames, so Compare's faithfulness judge checks the
 * selected frames against them.
 */
final class VideoHeldOutPredictions {

    private final HeldOutPredictions files = new HeldOutPredictions();

    /**
     * The report's figures as {@code eval/…} metrics: {@code eval/accuracy}, {@code eval/accuracy/<kind>},
     * {@code eval/rapr} (share of items that selected frames), {@code eval/operations} (selections per
     * item) and {@code eval/evidence_frame_hit} (share of items with an evidence frame among the selected).
     */
    static Map<String, Double> figures(FrameEvaluation.Report report) {
        Map<String, Double> m = new TreeMap<>();
        List<FrameEvaluation.ItemOutcome> outcomes = report.outcomes();
        if (outcomes.isEmpty()) {
            return m;
        }
        double n = outcomes.size();
        m.put("eval/accuracy", report.accuracy());
        report.perKind().forEach((kind, score) -> m.put("eval/accuracy/" + kind.id(), score.accuracy()));
        m.put("eval/rapr", outcomes.stream().filter(o -> !o.selections().isEmpty()).count() / n);
        m.put("eval/operations", outcomes.stream().mapToInt(o -> o.selections().size()).sum() / n);
        m.put("eval/evidence_frame_hit", outcomes.stream().filter(FrameEvaluation.ItemOutcome::evidenceSelected).count() / n);
        return m;
    }

    /**
     * Writes {@code report}'s outcomes to {@code folder} and returns the files and figures.
     *
     * @throws IOException when the report is empty or a file cannot be written
     */
    HeldOutPredictions.Result write(FrameEvaluation.Report report, Path folder, String name, String checkpoint)
            throws IOException {
        Objects.requireNonNull(report, "report");
        if (report.outcomes().isEmpty()) {
            throw new IOException("the video probe suite has no held-out items to evaluate");
        }
        List<Prediction> predictions = new ArrayList<>();
        for (FrameEvaluation.ItemOutcome o : report.outcomes()) {
            VideoProbeItem item = o.item();
            predictions.add(new Prediction(item.id(), Benchmark.PROBES, item.kind().id(), item.question(),
                    List.of(item.answer()), HeldOutPredictions.response(o.trace()), Optional.of(o.trace()),
                    Map.of(Prediction.RECORDED_TOOL_CALLS, (double) o.selections().size(),
                            Prediction.RECORDED_TOOL_FAILURES, 0.0)));
        }
        RunProvenance provenance = new RunProvenance(checkpoint, "video-probes", "greedy", "", "exact",
                Map.of("engine", FrameRollout.SOURCE, "variant", EngineVariant.VIDEO.id()));
        return files.writeScored(predictions, provenance, figures(report), folder, name, checkpoint);
    }
}
