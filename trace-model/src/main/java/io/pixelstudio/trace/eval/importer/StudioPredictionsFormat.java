package io.pixelstudio.trace.eval.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.eval.Benchmark;
import io.pixelstudio.trace.eval.Prediction;
import io.pixelstudio.trace.eval.PredictionSet;
import io.pixelstudio.trace.eval.RunProvenance;
import io.pixelstudio.trace.format.AtomicFiles;
import io.pixelstudio.trace.format.FormatException;
import io.pixelstudio.trace.format.project.StudioJson;
import io.pixelstudio.trace.format.project.StudioTraceCodec;
import io.pixelstudio.trace.validate.Finding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The studio's own predictions file ({@code *.predictions.jsonl}), read and written: a header line
 * {@code {"format": "pixelstudio-predictions", "version": 1, "name": …, "provenance": {…}}}, then one
 * line per prediction with its full trace in the studio trace record schema (zoom boxes, evidence and
 * review kept). Field order is fixed and maps are written sorted, so writing what was read gives the
 * same bytes. Specified in {@code docs/predictions-format.md}.
 */
public final class StudioPredictionsFormat implements PredictionImporter {

    /** Id on the command line. */
    public static final String ID = "studio-predictions";
    /** The {@code format} value of the header line. */
    public static final String FORMAT = "pixelstudio-predictions";
    /** The version this build reads and writes. */
    public static final int VERSION = 1;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final JsonMapper mapper = StudioJson.newMapper();
    private final StudioTraceCodec traceCodec = new StudioTraceCodec();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Pixel Reasoner Studio predictions: versioned JSON lines with provenance and full traces";
    }

    @Override
    public boolean canRead(Path path) {
        if (!Files.isRegularFile(path) || !path.getFileName().toString().endsWith(".jsonl")) {
            return false;
        }
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String first = reader.readLine();
            return first != null && first.contains("\"" + FORMAT + "\"");
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public PredictionSet read(Path path, ImportOptions options) throws IOException {
        List<Finding> findings = new ArrayList<>();
        List<Prediction> predictions = new ArrayList<>();
        Header header;
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            header = header(path, reader.readLine());
        }
        JsonLinesReader lines = new JsonLinesReader(mapper);
        lines.read(path, (line, record) -> {
            if (line > 1) {
                predictions.add(decode(record));
            }
        }, findings);
        return new PredictionSet(options.nameOr(header.name), header.provenance, predictions, findings);
    }

    /** Writes {@code set} to {@code out} atomically (temp file, fsync, rename, old file kept as {@code .bak}). */
    public void write(PredictionSet set, Path out) throws IOException {
        Objects.requireNonNull(set, "set");
        AtomicFiles.write(out, stream -> {
            Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            writer.write(headerLine(set.name(), set.provenance()));
            writer.write('\n');
            for (Prediction p : set.predictions()) {
                writer.write(recordLine(p));
                writer.write('\n');
            }
            writer.flush();
        });
    }

    /**
     * The header line (without its newline) of a file for run {@code name}, exactly as {@link #write}
     * writes it; for writers that append predictions one at a time as they finish.
     */
    public String headerLine(String name, RunProvenance provenance) throws IOException {
        return mapper.writeValueAsString(encodeHeader(new PredictionSet(name, provenance, List.of(), List.of())));
    }

    /** One prediction's line (without its newline), exactly as {@link #write} writes it. */
    public String recordLine(Prediction prediction) throws IOException {
        return mapper.writeValueAsString(encode(Objects.requireNonNull(prediction, "prediction")));
    }

    private record Header(String name, RunProvenance provenance) {
    }

    private Header header(Path path, String first) throws IOException {
        if (first == null) {
            throw new IOException(path + ": empty file, expected a " + FORMAT + " header line");
        }
        JsonNode node = mapper.readTree(first);
        if (node == null || !FORMAT.equals(node.path("format").asText())) {
            throw new IOException(path + ":1: not a studio predictions file (header 'format' must be '" + FORMAT + "')");
        }
        int version = node.path("version").asInt(-1);
        if (version != VERSION) {
            throw new IOException(path + ":1 field version: version " + version + " cannot be read by this build,"
                    + " which reads version " + VERSION + (version > VERSION ? " (written by a newer studio)" : ""));
        }
        JsonNode p = node.path("provenance");
        Map<String, String> other = new TreeMap<>();
        p.path("other").fields().forEachRemaining(e -> other.put(e.getKey(), e.getValue().asText()));
        RunProvenance provenance = new RunProvenance(p.path("checkpoint").asText(""),
                p.path("benchmarkVersion").asText(""), p.path("decoding").asText(""), p.path("pixelBounds").asText(""),
                p.path("judge").asText(""), other);
        return new Header(node.path("name").asText(""), provenance);
    }

    private ObjectNode encodeHeader(PredictionSet set) {
        ObjectNode node = NODES.objectNode();
        node.put("format", FORMAT);
        node.put("version", VERSION);
        node.put("name", set.name());
        node.set("provenance", ProvenanceJson.encode(set.provenance()));
        return node;
    }

    private ObjectNode encode(Prediction p) {
        ObjectNode node = NODES.objectNode();
        node.put("qid", p.qid());
        node.put("benchmark", p.benchmark().id());
        node.put("category", p.category());
        node.put("question", p.question());
        var truths = node.putArray("groundTruths");
        p.groundTruths().forEach(truths::add);
        node.put("response", p.response());
        ObjectNode recorded = node.putObject("recorded");
        new TreeMap<>(p.recorded()).forEach(recorded::put);
        if (p.trace().isPresent()) {
            node.set("trace", traceCodec.encode(p.trace().get()));
        } else {
            node.putNull("trace");
        }
        return node;
    }

    private Prediction decode(JsonNode record) throws FormatException {
        String qid = RecordFields.requiredText(record, "qid");
        String benchmarkId = RecordFields.requiredText(record, "benchmark");
        Benchmark benchmark;
        try {
            benchmark = Benchmark.fromId(benchmarkId);
        } catch (IllegalArgumentException e) {
            throw new FormatException("benchmark", e.getMessage());
        }
        JsonNode truths = record.get("groundTruths");
        if (truths == null || !truths.isArray()) {
            throw new FormatException("groundTruths", "'groundTruths' must be a list of strings");
        }
        List<String> groundTruths = RecordFields.answers(truths, "groundTruths");
        Map<String, Double> recorded = new TreeMap<>();
        JsonNode rec = record.path("recorded");
        for (Iterator<Map.Entry<String, JsonNode>> it = rec.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isNumber()) {
                throw new FormatException("recorded." + e.getKey(), "recorded values must be numbers");
            }
            recorded.put(e.getKey(), e.getValue().asDouble());
        }
        Optional<Trace> trace = Optional.empty();
        JsonNode traceNode = record.get("trace");
        if (traceNode != null && !traceNode.isNull()) {
            try {
                trace = Optional.of(traceCodec.decode(traceNode, 0, benchmark.id()));
            } catch (FormatException e) {
                throw new FormatException(e.field().isEmpty() ? "trace" : "trace." + e.field(), e.getMessage());
            }
        }
        return new Prediction(qid, benchmark, RecordFields.optionalText(record, "category").orElse(""),
                RecordFields.optionalText(record, "question").orElse(""), groundTruths,
                RecordFields.requiredText(record, "response"), trace, recorded);
    }
}
