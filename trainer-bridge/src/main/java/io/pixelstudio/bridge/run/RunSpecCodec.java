package io.pixelstudio.bridge.run;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.format.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Reads and writes {@code spec.json}: a top-level {@code version}, then the spec's fields. Unknown
 * fields are errors (a misspelt hyper-parameter must not be silently ignored); a newer version than
 * this build knows is refused with a message saying so; every error names the file, line and field.
 * Writes are atomic with a {@code .bak}.
 */
public final class RunSpecCodec {

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .configure(EnumFeature.WRITE_ENUMS_TO_LOWERCASE, true)
            .addMixIn(RunSpec.class, VersionField.class)
            .build();

    /** Lets the spec's reader skip the {@code version} field the codec checks itself. */
    @JsonIgnoreProperties("version")
    private abstract static class VersionField {
    }

    /** The spec as JSON text, {@code version} first. */
    public String toJson(RunSpec spec) {
        ObjectNode root = mapper.createObjectNode();
        root.put("version", RunSpec.VERSION);
        root.setAll((ObjectNode) mapper.valueToTree(spec));
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a run spec always serialises", e);
        }
    }

    /** The spec as a JSON tree (for diffs), without the version. */
    JsonNode toTree(RunSpec spec) {
        return mapper.valueToTree(spec);
    }

    /** Writes {@code spec} to {@code file} atomically, keeping the previous file as {@code .bak}. */
    public void write(RunSpec spec, Path file) throws IOException {
        byte[] bytes = toJson(spec).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    /** Reads {@code file}. */
    public RunSpec read(Path file) throws IOException, RunSpecException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file);
    }

    /**
     * Parses spec JSON; {@code file} only names the source in errors (null for text not from a file).
     */
    public RunSpec parse(String json, Path file) throws RunSpecException {
        JsonNode tree;
        try {
            tree = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw located(file, e, "not valid JSON: " + e.getOriginalMessage());
        }
        if (tree == null || !tree.isObject()) {
            throw new RunSpecException(file, 1, 0, "", "a run spec is a JSON object", null);
        }
        JsonNode version = tree.get("version");
        if (version == null || !version.canConvertToExactIntegral()) {
            throw new RunSpecException(file, 0, 0, "version", "missing or not an integer (this build writes "
                    + RunSpec.VERSION + ")", null);
        }
        if (version.asInt() > RunSpec.VERSION || version.asInt() < 1) {
            throw new RunSpecException(file, 0, 0, "version", "version " + version.asInt()
                    + " is not one this build reads (it reads 1 to " + RunSpec.VERSION + "); update the studio", null);
        }
        try {
            return mapper.readValue(json, RunSpec.class);
        } catch (JsonMappingException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            String problem = cause instanceof IllegalArgumentException || cause instanceof NullPointerException
                    ? cause.getMessage() : e.getOriginalMessage();
            throw located(file, e, problem);
        } catch (JsonProcessingException e) {
            throw located(file, e, e.getOriginalMessage());
        }
    }

    private static RunSpecException located(Path file, JsonProcessingException e, String problem) {
        JsonLocation where = e.getLocation();
        String field = e instanceof JsonMappingException mapping ? mapping.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[") : "";
        int line = where == null ? 0 : where.getLineNr();
        int column = where == null ? 0 : where.getColumnNr();
        return new RunSpecException(file, line, column, field, problem, e);
    }
}
