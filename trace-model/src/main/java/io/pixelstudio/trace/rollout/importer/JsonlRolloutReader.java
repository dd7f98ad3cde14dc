package io.pixelstudio.trace.rollout.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.pixelstudio.trace.rollout.Rollout;
import io.pixelstudio.trace.validate.Finding;
import io.pixelstudio.trace.validate.Location;
import io.pixelstudio.trace.validate.Severity;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The line loop every JSONL importer shares: blank lines are skipped, a line that is not a JSON
 * object or that its decoder refuses becomes an ERROR finding at {@code file:line field}, and
 * reading goes on.
 */
final class JsonlRolloutReader {

    /** Turns one parsed line into a rollout. {@code index} counts the rollouts decoded before it. */
    @FunctionalInterface
    interface LineDecoder {
        Rollout decode(JsonNode record, int index) throws RolloutLineException;
    }

    static final String RULE = "rollout-line";

    private final JsonMapper mapper;

    JsonlRolloutReader(JsonMapper mapper) {
        this.mapper = mapper;
    }

    RolloutImport read(Path file, int firstLine, LineDecoder decoder) throws IOException {
        List<Rollout> rollouts = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (number < firstLine || line.isBlank()) {
                    continue;
                }
                Location at = Location.ofFile(file).atLine(number);
                try {
                    JsonNode node = parse(line);
                    rollouts.add(decoder.decode(node, rollouts.size()));
                } catch (RolloutLineException e) {
                    Location located = e.field().isEmpty() ? at : at.atField(e.field());
                    findings.add(new Finding(Severity.ERROR, RULE, located, e.getMessage()));
                }
            }
        }
        return new RolloutImport(rollouts, findings);
    }

    /** The first non-blank line of {@code file}, parsed, or empty when there is none or it is not JSON. */
    Optional<JsonNode> firstRecord(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    try {
                        return Optional.of(parse(line));
                    } catch (RolloutLineException e) {
                        return Optional.empty();
                    }
                }
            }
        }
        return Optional.empty();
    }

    JsonNode parse(String line) throws RolloutLineException {
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            throw new RolloutLineException("", "line is not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new RolloutLineException("", "line is not a JSON object");
        }
        return node;
    }
}
