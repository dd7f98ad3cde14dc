package io.pixelstudio.trace.rollout.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.format.AtomicFiles;
import io.pixelstudio.trace.format.FormatException;
import io.pixelstudio.trace.format.project.StudioTraceCodec;
import io.pixelstudio.trace.rollout.Rollout;
import io.pixelstudio.trace.rollout.RolloutTrace;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The studio's own rollouts file, written by the trainer bridge and by {@link #write}: a header
 * line {@code {"format":"pixelstudio-rollouts","version":1}} and then one rollout per line with
 * every {@link Rollout} field, the trace in the studio trace record schema. Field order is fixed
 * and {@code recorded} is sorted by name, so writing what was read gives identical bytes. Traces
 * are validated on reading and then held compactly ({@link RolloutTrace}, {@link TraceStorage}), so a run of a million
 * rollouts fits in a modest heap. See {@code docs/rollouts-format.md}.
 */
public final class StudioRolloutsFormat implements RolloutImporter {

    /** The identifier used on the command line. */
    public static final String ID = "studio-rollouts";
    /** The header's {@code format} value. */
    public static final String FORMAT = "pixelstudio-rollouts";
    /** The version this build reads and writes. */
    public static final int VERSION = 1;

    private final JsonlRolloutReader reader = new JsonlRolloutReader(RolloutJson.MAPPER);
    private final StudioTraceCodec traces = new StudioTraceCodec();
    private final TraceStorage storage;

    /** A format whose imports hold traces as {@link TraceStorage#JSON}. */
    public StudioRolloutsFormat() {
        this(TraceStorage.JSON);
    }

    /** A format whose imports hold traces as {@code storage} says. */
    public StudioRolloutsFormat(TraceStorage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Pixel Reasoner Studio rollouts (versioned JSONL, written by the trainer bridge)";
    }

    @Override
    public boolean recognizes(JsonNode firstRecord) {
        return FORMAT.equals(firstRecord.path("format").asText(null));
    }

    @Override
    public RolloutImport read(Path file) throws IOException {
        Optional<JsonNode> header = reader.firstRecord(file);
        if (header.isEmpty() || !recognizes(header.get())) {
            throw new IOException(file + ":1: not a studio rollouts file (no {\"format\":\"" + FORMAT
                    + "\"} header line)");
        }
        int version = header.get().path("version").asInt(-1);
        if (version != VERSION) {
            throw new IOException(file + ":1 field version: studio rollouts version " + version
                    + " is not supported by this build (it reads version " + VERSION + ")");
        }
        String source = file.getFileName().toString();
        try (CompactTraces compact = new CompactTraces(traces, source, storage)) {
            return reader.read(file, firstDataLine(file), (record, index) -> decode(record, source, compact));
        }
    }

    /** Atomically writes {@code rollouts} to {@code target} (a {@code .bak} of the old file is kept). */
    public void write(Path target, List<Rollout> rollouts) throws IOException {
        AtomicFiles.write(target, out -> {
            ObjectNode head = RolloutJson.MAPPER.createObjectNode();
            head.put("format", FORMAT);
            head.put("version", VERSION);
            line(out, head);
            for (Rollout rollout : rollouts) {
                line(out, encode(rollout));
            }
        });
    }

    /** One rollout as its line's JSON object. */
    public ObjectNode encode(Rollout r) {
        ObjectNode node = RolloutJson.MAPPER.createObjectNode();
        node.put("qid", r.qid());
        node.put("step", r.step());
        node.put("sample", r.sample());
        node.put("question", r.question());
        node.put("video", r.video());
        ArrayNode answers = node.putArray("groundTruths");
        r.groundTruths().forEach(answers::add);
        node.put("response", r.response());
        node.put("correctness", r.correctness());
        node.put("toolCalls", r.toolCalls());
        node.put("toolFailures", r.toolFailures());
        if (r.storedReward().isPresent()) {
            node.put("storedReward", r.storedReward().getAsDouble());
        }
        ObjectNode recorded = node.putObject("recorded");
        new TreeMap<>(r.recorded()).forEach(recorded::put);
        r.trace().ifPresent(t -> node.set("trace", traces.encode(t)));
        return node;
    }

    private Rollout decode(JsonNode record, String source, CompactTraces compact) throws RolloutLineException {
        String qid = compact.share(RolloutFields.text(record, "qid"));
        int step = (int) RolloutFields.requiredNumber(record, "step");
        int sample = RolloutFields.count(record, "sample");
        String question = compact.share(RolloutFields.optionalText(record, "question").orElse(""));
        boolean video = record.path("video").asBoolean(false);
        List<String> answers = compact.share(RolloutFields.answers(record, "groundTruths"));
        String response = RolloutFields.text(record, "response");
        double correctness = RolloutFields.correctness(RolloutFields.requiredNumber(record, "correctness"),
                "correctness");
        int toolCalls = RolloutFields.count(record, "toolCalls");
        int toolFailures = RolloutFields.count(record, "toolFailures");
        OptionalDouble reward = RolloutFields.number(record, "storedReward");
        Map<String, Double> recorded = new TreeMap<>();
        JsonNode rec = record.path("recorded");
        if (!rec.isMissingNode() && !rec.isObject()) {
            throw new RolloutLineException("recorded", "'recorded' must be an object of numbers");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = rec.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isNumber()) {
                throw new RolloutLineException("recorded." + e.getKey(), "recorded values must be numbers");
            }
            recorded.put(e.getKey(), e.getValue().asDouble());
        }
        RolloutTrace trace = RolloutTrace.none();
        JsonNode traceNode = record.get("trace");
        if (traceNode != null && !traceNode.isNull()) {
            try {
                trace = compact.hold(traces.decode(traceNode, 0, source), traceNode);
            } catch (FormatException e) {
                throw new RolloutLineException(e.field().isEmpty() ? "trace" : "trace." + e.field(), e.getMessage());
            }
        }
        return new Rollout(qid, step, sample, question, video, answers, response, trace, correctness, toolCalls,
                toolFailures, reward, recorded);
    }

    /** The line after the header (blank lines before the header are allowed). */
    private static int firstDataLine(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    return number + 1;
                }
            }
            return number + 1;
        }
    }

    private static void line(OutputStream out, ObjectNode node) throws IOException {
        out.write(RolloutJson.MAPPER.writeValueAsBytes(node));
        out.write('\n');
    }
}
