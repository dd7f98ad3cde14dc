package io.pixelstudio.trace.format.pixelreasoner;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.format.FormatException;
import io.pixelstudio.trace.format.JsonRecordLayout;
import io.pixelstudio.trace.format.JsonRecordsWriter;
import io.pixelstudio.trace.format.ReadResult;
import io.pixelstudio.trace.format.RecordCodec;
import io.pixelstudio.trace.format.TraceFormat;
import io.pixelstudio.trace.progress.ProgressListener;
import io.pixelstudio.trace.validate.Finding;
import io.pixelstudio.trace.validate.Location;
import io.pixelstudio.trace.validate.Severity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;

/**
 * The Pixel Reasoner RL data (TIGER-Lab/PixelReasoner-RL-Data, and the benchmark files in the same
 * schema): prompts with ground truth, as Parquet ({@code release.parquet}) or as a JSON list / JSON
 * lines. Each record is a trace with no turns. Parquet goes through DuckDB; JSON through the
 * record index.
 */
public final class PixelReasonerRlFormat implements TraceFormat {

    /** Format id on the command line. */
    public static final String ID = "pixelreasoner-rl";

    private static final String RULE = "format.record";

    private final PixelReasonerRlCodec jsonCodec = new PixelReasonerRlCodec(PixelReasonerRlCodec.JSON_ANSWER_KEY);
    private final PixelReasonerRlCodec parquetCodec = new PixelReasonerRlCodec(PixelReasonerRlCodec.PARQUET_ANSWER_KEY);
    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Pixel Reasoner RL data: Parquet, JSON list or JSON lines with question, image, is_video, answer, qid";
    }

    @Override
    public boolean canRead(Path path) {
        if (isParquet(path)) {
            return FormatSniffing.startsWith(path, RlParquetFiles.MAGIC);
        }
        if (JsonRecordLayout.detect(path).isEmpty()) {
            return false;
        }
        String head = FormatSniffing.head(path);
        return head.contains("\"question\"") && !head.contains("\"message_list\"");
    }

    /** The codec of JSON and JSON-lines files (ground truth in {@code gt_answer}). */
    @Override
    public RecordCodec codec() {
        return jsonCodec;
    }

    /** The codec of Parquet files (ground truth in {@code answer}). */
    public RecordCodec parquetCodec() {
        return parquetCodec;
    }

    @Override
    public ReadResult read(Path path, ProgressListener progress) throws IOException {
        if (!isParquet(path)) {
            return TraceFormat.super.read(path, progress);
        }
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        List<ObjectNode> rows = new RlParquetFiles(mapper).read(path);
        String source = sourceName(path);
        List<Trace> traces = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        listener.start("decoding " + path.getFileName(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            if (listener.isCancelled()) {
                throw new CancellationException("read cancelled");
            }
            try {
                traces.add(parquetCodec.decode(rows.get(i), i, source));
            } catch (FormatException e) {
                String field = e.field().isEmpty() ? "row " + i : "row " + i + " " + e.field();
                findings.add(new Finding(Severity.ERROR, RULE, Location.ofFile(path).atField(field),
                        "row " + i + ": " + e.getMessage()));
            }
            listener.progress(i + 1);
        }
        listener.finish();
        return new ReadResult(traces, findings);
    }

    @Override
    public void write(List<Trace> traces, Path out, Path mediaBase, ProgressListener progress) throws IOException {
        Objects.requireNonNull(out, "out");
        if (isParquet(out)) {
            new RlParquetFiles(mapper).write(RecordEncoding.encodeAll(parquetCodec, traces, progress), out);
        } else {
            new JsonRecordsWriter(mapper).writeFile(RecordEncoding.encodeAll(jsonCodec, traces, progress), out);
        }
    }

    private static boolean isParquet(Path path) {
        return FormatSniffing.extension(path).equals("parquet");
    }

    private static String sourceName(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
