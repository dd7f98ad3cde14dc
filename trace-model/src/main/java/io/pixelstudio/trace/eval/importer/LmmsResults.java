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
 * Provenance of an lmms-eval run from the {@code {date}_results.json} written beside its samples:
 * {@code config.model}, {@code config.model_args} (the checkpoint is its {@code pretrained=} value),
 * {@code config.gen_kwargs} as the decoding, and the git hash. Without that file only the task is known.
 */
final class LmmsResults {

    private final ObjectMapper mapper;

    LmmsResults(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    RunProvenance provenance(Path samples, String prefix, String task, List<Finding> findings) {
        Map<String, String> other = new TreeMap<>();
        other.put("source", LmmsEvalImporter.ID);
        other.put("task", task);
        Path file = samples.toAbsolutePath().resolveSibling(prefix + "results.json");
        if (!Files.isRegularFile(file)) {
            findings.add(ImportFindings.inFile(Severity.INFO, ImportFindings.SIDE_FILE, file,
                    "no results file beside the samples: the checkpoint is unknown"));
            return new RunProvenance("", task, "", "", "", other);
        }
        try {
            JsonNode root = mapper.readTree(file.toFile());
            JsonNode config = root.path("config");
            String modelArgs = config.path("model_args").asText("");
            putIfPresent(other, "model", config.path("model").asText(""));
            putIfPresent(other, "model_args", modelArgs);
            putIfPresent(other, "git_hash", root.path("git_hash").asText(""));
            return new RunProvenance(pretrained(modelArgs), task, config.path("gen_kwargs").asText(""), "", "", other);
        } catch (IOException e) {
            findings.add(ImportFindings.inFile(Severity.WARNING, ImportFindings.SIDE_FILE, file,
                    "results file unreadable: " + e.getMessage()));
            return new RunProvenance("", task, "", "", "", other);
        }
    }

    /** The {@code pretrained=} value of lmms-eval's comma-separated model arguments, else all of them. */
    private static String pretrained(String modelArgs) {
        for (String part : modelArgs.split(",")) {
            String p = part.strip();
            if (p.startsWith("pretrained=")) {
                return p.substring("pretrained=".length());
            }
        }
        return modelArgs;
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (!value.isEmpty()) {
            map.put(key, value);
        }
    }
}
