package io.pixelstudio.trace.eval.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pixelstudio.trace.Extras;
import io.pixelstudio.trace.Media;
import io.pixelstudio.trace.Review;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.eval.Benchmark;
import io.pixelstudio.trace.eval.Prediction;
import io.pixelstudio.trace.eval.PredictionSet;
import io.pixelstudio.trace.format.FormatException;
import io.pixelstudio.trace.validate.Finding;
import io.pixelstudio.trace.validate.Severity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports an lmms-eval per-sample log, {@code [{date}_]samples_{task}.jsonl}: one line per document
 * with {@code doc_id}, {@code doc} (the dataset row, minus every key containing "image"),
 * {@code target}, {@code resps} / {@code filtered_resps} (lists, unwrapped by lmms-eval when they hold
 * one item; {@code resps} dropped when equal to {@code filtered_resps}), the task's metric values,
 * hashes and {@code input}. The task name comes from the file name; the response is the filtered
 * response (what lmms-eval scored); every numeric top-level metric is kept in
 * {@link Prediction#recorded()}. Images dropped by lmms-eval are re-attached from
 * {@link ImportOptions#media()} by qid or doc id ({@link DocImages}). The run's
 * {@code {date}_results.json} beside the file, when present, gives the provenance.
 */
public final class LmmsEvalImporter implements PredictionImporter {

    /** Id on the command line. */
    public static final String ID = "lmms-eval";

    private static final Pattern FILE = Pattern.compile("(.*_)?samples_(.+)\\.jsonl");
    private static final Set<String> NOT_METRICS = Set.of("doc_id", "doc", "target", "arguments", "resps",
            "filtered_resps", "doc_hash", "prompt_hash", "target_hash", "input");
    private static final List<String> QID_KEYS = List.of("qid", "question_id", "questionId", "id");
    private static final List<String> CATEGORY_KEYS = List.of("category", "task_type", "subtask", "sub_task");

    private final ObjectMapper mapper = new ObjectMapper();
    private final DocImages.Loader images;

    /** @param images how to load a benchmark file given as {@link ImportOptions#media()} */
    public LmmsEvalImporter(DocImages.Loader images) {
        this.images = Objects.requireNonNull(images, "images");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "lmms-eval per-sample logs: samples_{task}.jsonl with doc_id, doc, target, resps, filtered_resps";
    }

    @Override
    public boolean canRead(Path path) {
        return Files.isRegularFile(path) && FILE.matcher(path.getFileName().toString()).matches();
    }

    @Override
    public PredictionSet read(Path path, ImportOptions options) throws IOException {
        Matcher m = FILE.matcher(path.getFileName().toString());
        String task = m.matches() ? m.group(2) : path.getFileName().toString();
        List<Finding> findings = new ArrayList<>();
        Optional<Benchmark> benchmark = options.benchmark().or(() -> BenchmarkNames.fromTask(task));
        String name = options.nameOr(path.getFileName().toString());
        LmmsResults results = new LmmsResults(mapper);
        if (benchmark.isEmpty()) {
            findings.add(ImportFindings.inFile(Severity.ERROR, ImportFindings.UNKNOWN_BENCHMARK, path, "task '" + task
                    + "' is not one of vstar, tallyqa, infovqa, mvbench; choose the benchmark explicitly to import it"));
            return new PredictionSet(name, results.provenance(path, m.matches() ? m.group(1) : "", task, findings),
                    List.of(), findings);
        }
        DocImages docImages = options.media().isPresent()
                ? DocImages.load(options.media().get(), images, findings) : DocImages.none();
        List<Prediction> predictions = new ArrayList<>();
        new JsonLinesReader(mapper).read(path,
                (line, record) -> predictions.add(decode(record, task, benchmark.get(), docImages)), findings);
        return new PredictionSet(name, results.provenance(path, m.matches() ? m.group(1) : "", task, findings),
                predictions, findings);
    }

    private static Prediction decode(JsonNode record, String task, Benchmark benchmark, DocImages docImages)
            throws FormatException {
        JsonNode docId = record.get("doc_id");
        if (docId == null || !(docId.isIntegralNumber() || docId.isTextual())) {
            throw new FormatException("doc_id", "missing or non-integer 'doc_id'");
        }
        JsonNode doc = record.path("doc");
        String qid = firstText(doc, QID_KEYS).orElse(task + "-" + docId.asText());
        String category = firstText(doc, CATEGORY_KEYS).orElse("");
        String question = firstText(doc, List.of("question")).orElse(
                record.path("input").isTextual() ? record.path("input").asText() : "");
        List<String> truths = RecordFields.answers(record.get("target"), "target");
        String response = firstResponse(record.get("filtered_resps"))
                .or(() -> firstResponse(record.get("resps")))
                .orElseThrow(() -> new FormatException("filtered_resps", "no response: neither 'filtered_resps'"
                        + " nor 'resps' holds a string"));
        Map<String, Double> recorded = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = record.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!NOT_METRICS.contains(e.getKey()) && (e.getValue().isNumber() || e.getValue().isBoolean())) {
                recorded.put(e.getKey(), e.getValue().isBoolean() ? (e.getValue().asBoolean() ? 1.0 : 0.0)
                        : e.getValue().asDouble());
            }
        }
        List<Media> media = docImages.find(qid, docId.asText());
        Optional<Trace> trace = Optional.empty();
        if (!media.isEmpty()) {
            List<Turn> turns = List.of(Turn.text(Role.USER, question), Turn.text(Role.ASSISTANT, response));
            trace = Optional.of(new Trace(qid, task, question, media, truths, List.of(), turns, Review.none(),
                    Extras.empty()));
        }
        return new Prediction(qid, benchmark, category, question, truths, response, trace, recorded);
    }

    private static Optional<String> firstText(JsonNode doc, List<String> keys) {
        for (String key : keys) {
            JsonNode v = doc.get(key);
            if (v != null && (v.isTextual() || v.isNumber()) && !v.asText().isEmpty()) {
                return Optional.of(v.asText());
            }
        }
        return Optional.empty();
    }

    /** The first string of a response value: a string, or (nested) lists whose first leaf is one. */
    private static Optional<String> firstResponse(JsonNode value) {
        JsonNode v = value;
        while (v != null && v.isArray() && !v.isEmpty()) {
            v = v.get(0);
        }
        return v != null && v.isTextual() ? Optional.of(v.asText()) : Optional.empty();
    }
}
