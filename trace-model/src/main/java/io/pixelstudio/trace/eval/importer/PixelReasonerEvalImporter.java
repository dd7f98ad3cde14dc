package io.pixelstudio.trace.eval.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pixelstudio.trace.Extras;
import io.pixelstudio.trace.Review;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.eval.Benchmark;
import io.pixelstudio.trace.eval.Prediction;
import io.pixelstudio.trace.eval.PredictionSet;
import io.pixelstudio.trace.format.FormatException;
import io.pixelstudio.trace.validate.Finding;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Imports a Pixel Reasoner evaluation: the run's {@code logs/} folder (or one
 * {@code sample.eval_iter{K}_{rank}.jsonl}). Every rank's file of the chosen evaluation is read;
 * {@code metrics_iter{K}.json} gives the provenance (model path, the evaluator's own pass@1 per
 * benchmark) and {@code dumps_iter{K}/{qid}/conv.json}, when present, the full conversation.
 *
 * <p>The per-sample fields keep their misleading reference names; they are mapped here:
 * {@code round0_nwait} is the number of tool calls, {@code round1_nwait} the number of failed or
 * force-stopped calls, {@code round0_correctness} the stored correctness (1, 0, or -1 when no answer
 * could be parsed) — all kept in {@link Prediction#recorded()} so a rescoring can be checked against
 * them. The benchmark is the qid's text before its first {@code -}, as the evaluator groups it.
 */
public final class PixelReasonerEvalImporter implements PredictionImporter {

    /** Id on the command line. */
    public static final String ID = "pixelreasoner-eval";

    private static final Pattern EVAL_FILE = Pattern.compile("sample\\.eval_iter(\\d+)_(\\d+)\\.jsonl");
    private static final String LOGS = "logs";

    private final ObjectMapper mapper = new ObjectMapper();
    private final EvalMetrics metrics = new EvalMetrics(mapper);
    private final EvalDumps dumps = new EvalDumps(mapper);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Pixel Reasoner evaluation logs: logs/sample.eval_iter{K}_{rank}.jsonl with metrics and dumps";
    }

    @Override
    public boolean canRead(Path path) {
        if (Files.isDirectory(path)) {
            return !evalFiles(logsFolder(path)).isEmpty();
        }
        String name = path.getFileName().toString();
        if (EVAL_FILE.matcher(name).matches()) {
            return true;
        }
        if (!name.endsWith(".jsonl") || !Files.isRegularFile(path)) {
            return false;
        }
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String first = reader.readLine();
            return first != null && first.contains("\"qids\"") && first.contains("\"solutions\"");
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public PredictionSet read(Path path, ImportOptions options) throws IOException {
        Path logs;
        List<Path> files;
        int iteration;
        if (Files.isDirectory(path)) {
            logs = logsFolder(path);
            Map<Integer, List<Path>> byIteration = evalFiles(logs);
            if (byIteration.isEmpty()) {
                throw new IOException("no sample.eval_iter{K}_{rank}.jsonl in " + logs);
            }
            iteration = options.iteration().orElse(((TreeMap<Integer, List<Path>>) byIteration).lastKey());
            files = byIteration.get(iteration);
            if (files == null) {
                throw new IOException("no evaluation iteration " + iteration + " in " + logs
                        + "; found iterations " + byIteration.keySet());
            }
        } else {
            logs = path.toAbsolutePath().getParent();
            files = List.of(path);
            Matcher m = EVAL_FILE.matcher(path.getFileName().toString());
            iteration = m.matches() ? Integer.parseInt(m.group(1)) : -1;
        }
        List<Finding> findings = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        JsonLinesReader reader = new JsonLinesReader(mapper);
        for (Path file : files) {
            reader.read(file, (line, record) -> rows.add(row(record, options)), findings);
        }
        Map<String, Integer> samplesPerQid = new HashMap<>();
        rows.forEach(r -> samplesPerQid.merge(r.qid, 1, Integer::sum));
        Path dumpFolder = logs.resolve("dumps_iter" + iteration);
        List<Prediction> predictions = new ArrayList<>(rows.size());
        for (Row row : rows) {
            Optional<Trace> dumped = iteration >= 0 && samplesPerQid.get(row.qid) == 1
                    ? dumps.read(dumpFolder, row.qid, findings) : Optional.empty();
            Trace trace = dumped.map(t -> new Trace(row.qid, row.benchmark.id(), row.question, t.media(), row.gts,
                            List.of(), t.turns(), Review.none(), t.extras()))
                    .orElseGet(() -> transcriptTrace(row));
            predictions.add(new Prediction(row.qid, row.benchmark, "", row.question, row.gts, row.solutions,
                    Optional.of(trace), row.recorded));
        }
        String fallbackName = Files.isDirectory(path) ? folderName(logs) : path.getFileName().toString();
        return new PredictionSet(options.nameOr(fallbackName),
                metrics.provenance(logs, iteration, files.size(), findings), predictions, findings);
    }

    private record Row(String qid, Benchmark benchmark, String question, String prompt, List<String> gts,
                       String solutions, Map<String, Double> recorded) {
    }

    private static Row row(JsonNode record, ImportOptions options) throws FormatException {
        String qid = RecordFields.requiredText(record, "qids");
        Benchmark benchmark = options.benchmark().or(() -> BenchmarkNames.fromQid(qid))
                .orElseThrow(() -> new FormatException("qids", "qid '" + qid + "' does not start with a known"
                        + " benchmark (vstar, tallyqa, infovqa, mvbench) before its first '-'; choose the benchmark"
                        + " explicitly to import it"));
        String solutions = RecordFields.requiredText(record, "solutions");
        String prompt = RecordFields.optionalText(record, "questions").orElse("");
        List<String> gts = RecordFields.answers(record.get("gts"), "gts");
        Map<String, Double> recorded = new LinkedHashMap<>();
        put(recorded, Prediction.RECORDED_CORRECTNESS, RecordFields.optionalNumber(record, "round0_correctness"));
        put(recorded, Prediction.RECORDED_TOOL_CALLS, RecordFields.optionalNumber(record, "round0_nwait"));
        put(recorded, Prediction.RECORDED_TOOL_FAILURES, RecordFields.optionalNumber(record, "round1_nwait"));
        return new Row(qid, benchmark, ChatTranscript.question(prompt), prompt, gts, solutions, recorded);
    }

    private static void put(Map<String, Double> recorded, String name, OptionalDouble value) {
        value.ifPresent(v -> recorded.put(name, v));
    }

    /** The conversation as far as the log keeps it: prompt turns and response turns, text only. */
    private static Trace transcriptTrace(Row row) {
        List<Turn> turns = new ArrayList<>(ChatTranscript.promptTurns(row.prompt));
        turns.addAll(ChatTranscript.responseTurns(row.solutions));
        return new Trace(row.qid, row.benchmark.id(), row.question, List.of(), row.gts, List.of(), turns,
                Review.none(), Extras.empty());
    }

    /** {@code path/logs} when it holds evaluation files, else {@code path} itself. */
    private static Path logsFolder(Path path) {
        Path logs = path.resolve(LOGS);
        return Files.isDirectory(logs) && !evalFiles(logs).isEmpty() ? logs : path;
    }

    private static String folderName(Path logs) {
        Path abs = logs.toAbsolutePath().normalize();
        boolean isLogs = abs.getFileName() != null && abs.getFileName().toString().equals(LOGS) && abs.getParent() != null;
        return (isLogs ? abs.getParent() : abs).getFileName().toString();
    }

    /** Evaluation files by iteration, each list ordered by rank. */
    private static Map<Integer, List<Path>> evalFiles(Path folder) {
        TreeMap<Integer, TreeMap<Integer, Path>> found = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return new TreeMap<>();
        }
        try (Stream<Path> list = Files.list(folder)) {
            list.forEach(p -> {
                Matcher m = EVAL_FILE.matcher(p.getFileName().toString());
                if (m.matches() && Files.isRegularFile(p)) {
                    found.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new TreeMap<>())
                            .put(Integer.parseInt(m.group(2)), p);
                }
            });
        } catch (IOException e) {
            return new TreeMap<>();
        }
        TreeMap<Integer, List<Path>> out = new TreeMap<>();
        found.forEach((k, ranks) -> out.put(k, List.copyOf(ranks.values())));
        return out;
    }
}
