package io.pixelstudio.trace.eval.importer;

import com.fasterxml.jackson.databind.JsonNode;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.eval.Prediction;
import io.pixelstudio.trace.eval.PredictionSet;
import io.pixelstudio.trace.format.ReadResult;
import io.pixelstudio.trace.format.TraceFormat;
import io.pixelstudio.trace.format.TraceFormats;
import io.pixelstudio.trace.format.pixelreasoner.PixelReasonerRlFormat;
import io.pixelstudio.trace.progress.ProgressListener;
import io.pixelstudio.trace.validate.Finding;
import io.pixelstudio.trace.validate.Severity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Ground truths by qid from a benchmark file ({@code --gt FILE}: Pixel Reasoner RL data as JSON,
 * JSON lines or Parquet), to fill or override the answers a prediction log carries — logs often
 * lack them (lmms-eval targets can be reformatted; the Pixel Reasoner evaluator writes {@code null}
 * for a qid missing from its own ground-truth file). A {@code category} field of a row, when
 * present, sets the prediction's category (V* attribute/spatial, MVBench task).
 */
public final class GroundTruths {

    /** Row fields read as the category, first present wins. */
    public static final List<String> CATEGORY_FIELDS = List.of("category", "task_type", "task");

    /** The accepted answers and category of one qid. */
    public record Entry(List<String> answers, String category) {
        public Entry {
            answers = List.copyOf(answers);
            Objects.requireNonNull(category, "category");
        }
    }

    private final Path file;
    private final Map<String, Entry> byQid;
    private final List<Finding> findings;

    private GroundTruths(Path file, Map<String, Entry> byQid, List<Finding> findings) {
        this.file = file;
        this.byQid = byQid;
        this.findings = List.copyOf(findings);
    }

    /** Reads {@code file} with the RL format of {@code formats}; unreadable rows become findings. */
    public static GroundTruths load(Path file, TraceFormats formats) throws IOException {
        TraceFormat rl = formats.require(PixelReasonerRlFormat.ID);
        if (!rl.canRead(file)) {
            throw new IOException(file + ": not a Pixel Reasoner RL benchmark file (JSON, JSON lines or Parquet"
                    + " with question, image, answer or gt_answer, qid)");
        }
        ReadResult rows = rl.read(file, new ProgressListener() {
        });
        Map<String, Entry> byQid = new LinkedHashMap<>();
        for (Trace row : rows.traces()) {
            byQid.put(row.id(), new Entry(row.answers(), category(row)));
        }
        return new GroundTruths(file, byQid, rows.findings());
    }

    /** The entry of {@code qid}, if the file has it. */
    public Optional<Entry> get(String qid) {
        return Optional.ofNullable(byQid.get(qid));
    }

    public int size() {
        return byQid.size();
    }

    /** Findings about rows of the file that could not be read. */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * {@code set} with each prediction's ground truths (and category, when the file has one) taken
     * from this file; predictions whose qid the file lacks keep theirs and are reported in one finding.
     */
    public PredictionSet applyTo(PredictionSet set) {
        List<Prediction> out = new ArrayList<>(set.predictions().size());
        List<String> unknown = new ArrayList<>();
        for (Prediction p : set.predictions()) {
            Entry e = byQid.get(p.qid());
            if (e == null) {
                unknown.add(p.qid());
                out.add(p);
            } else {
                out.add(p.withGroundTruths(e.answers(), e.category()));
            }
        }
        List<Finding> all = new ArrayList<>(set.findings());
        all.addAll(findings);
        if (!unknown.isEmpty()) {
            all.add(ImportFindings.inFile(Severity.WARNING, ImportFindings.BAD_RECORD, file, unknown.size()
                    + " prediction(s) have a qid this ground-truth file lacks and keep their own ground truths, e.g. "
                    + String.join(", ", unknown.subList(0, Math.min(5, unknown.size())))));
        }
        return new PredictionSet(set.name(), set.provenance(), out, all);
    }

    private static String category(Trace row) {
        for (String field : CATEGORY_FIELDS) {
            Optional<JsonNode> value = row.extras().get(field);
            if (value.isPresent() && value.get().isTextual()) {
                return value.get().asText();
            }
        }
        return "";
    }
}
