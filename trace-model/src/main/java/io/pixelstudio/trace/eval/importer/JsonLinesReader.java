package io.pixelstudio.trace.eval.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pixelstudio.trace.format.FormatException;
import io.pixelstudio.trace.validate.Finding;
import io.pixelstudio.trace.validate.Severity;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Walks a JSON-lines file line by line, handing each parsed object to a handler with its 1-based
 * line number. A line that is not JSON, or that the handler rejects with a {@link FormatException},
 * becomes a located finding and the walk goes on, so one bad record never hides the others.
 */
final class JsonLinesReader {

    /** Turns one parsed line into whatever the importer collects. */
    @FunctionalInterface
    interface LineHandler {
        void accept(long line, JsonNode record) throws FormatException;
    }

    private final ObjectMapper mapper;

    JsonLinesReader(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /** Reads {@code file}, adding a finding per unreadable line to {@code findings}. */
    void read(Path file, LineHandler handler, List<Finding> findings) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text;
            long line = 0;
            while ((text = reader.readLine()) != null) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                JsonNode record;
                try {
                    record = mapper.readTree(text);
                } catch (JsonProcessingException e) {
                    findings.add(ImportFindings.atLine(Severity.ERROR, ImportFindings.BAD_JSON, file, line, "",
                            "not a JSON object: " + e.getOriginalMessage()));
                    continue;
                }
                try {
                    if (record == null || !record.isObject()) {
                        throw new FormatException("", "each line must be a JSON object");
                    }
                    handler.accept(line, record);
                } catch (FormatException e) {
                    findings.add(ImportFindings.atLine(Severity.ERROR, ImportFindings.BAD_RECORD, file, line,
                            e.field(), e.getMessage()));
                }
            }
        }
    }
}
