package io.pixelstudio.trace.eval.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pixelstudio.trace.eval.RunProvenance;
import io.pixelstudio.trace.validate.Finding;
import io.pixelstudio.trace.validate.Severity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Provenance of a Pixel Reasoner evaluation from {@code logs/metrics_iter{K}.json}: a list of
 * {@code {benchname, pass1, ncorrect, ntotal, modelpath}}, one per benchmark. The model path becomes
 * the checkpoint; the evaluator's own figures are kept verbatim under {@code pass1.{bench}},
 * {@code ncorrect.{bench}} and {@code ntotal.{bench}} so a rescoring can be set beside them.
 */
final class EvalMetrics {

    private static final List<String> FIGURES = List.of("pass1", "ncorrect", "ntotal");

    private final ObjectMapper mapper;

    EvalMetrics(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    RunProvenance provenance(Path logs, int iteration, int rankFiles, List<Finding> findings) {
        Map<String, String> other = new TreeMap<>();
        other.put("source", PixelReasonerEvalImporter.ID);
        other.put("rankFiles", Integer.toString(rankFiles));
        if (iteration < 0) {
            return new RunProvenance("", "", "", "", "", other);
        }
        other.put("iteration", Integer.toString(iteration));
        Path file = logs.resolve("metrics_iter" + iteration + ".json");
        if (!Files.isRegularFile(file)) {
            findings.add(ImportFindings.inFile(Severity.INFO, ImportFindings.SIDE_FILE, file,
                    "no metrics file: the checkpoint and the evaluator's own pass@1 are unknown"));
            return new RunProvenance("", "", "", "", "", other);
        }
        String checkpoint = "";
        try {
            JsonNode root = mapper.readTree(file.toFile());
            if (root == null || !root.isArray()) {
                throw new IOException("expected a list of {benchname, pass1, ncorrect, ntotal, modelpath}");
            }
            for (JsonNode entry : root) {
                String bench = entry.path("benchname").asText("");
                if (bench.isEmpty()) {
                    continue;
                }
                for (String figure : FIGURES) {
                    JsonNode value = entry.get(figure);
                    if (value != null && value.isNumber()) {
                        other.put(figure + "." + bench, value.asText());
                    }
                }
                String model = entry.path("modelpath").asText("");
                if (checkpoint.isEmpty()) {
                    checkpoint = model;
                } else if (!model.isEmpty() && !model.equals(checkpoint)) {
                    findings.add(ImportFindings.inFile(Severity.WARNING, ImportFindings.SIDE_FILE, file,
                            "metrics name two model paths: " + checkpoint + " and " + model));
                }
            }
        } catch (IOException e) {
            findings.add(ImportFindings.inFile(Severity.WARNING, ImportFindings.SIDE_FILE, file,
                    "metrics file unreadable: " + e.getMessage()));
        }
        return new RunProvenance(checkpoint, "", "", "", "", other);
    }
}
