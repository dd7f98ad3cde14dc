package io.pixelstudio.trace.rollout.importer;

import com.fasterxml.jackson.databind.JsonNode;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.rollout.Rollout;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Pixel Reasoner trainer's own dump, {@code logs/sample.jsonl} (training) or
 * {@code logs/sample.eval_iter{K}_{rank}.jsonl} (evaluation at iteration K): one JSON object per
 * rollout. The reference names its counters misleadingly — {@code round0_nwait} is the number of
 * tool calls and {@code round1_nwait} the number of failed or force-stopped calls — and they are
 * mapped here to {@link Rollout#toolCalls()} and {@link Rollout#toolFailures()}.
 *
 * <p>A training dump stores no step: rank 0 appends one block per micro-batch, and how many lines a
 * step holds depends on the run's batch settings, which the file does not record. The step is
 * therefore −1 unless the caller gives the number of rollouts per step, in which case line order
 * decides it. An eval dump's step is the K of its file name.
 */
public final class PixelReasonerDumpImporter implements RolloutImporter {

    /** The identifier used on the command line. */
    public static final String ID = "pixelreasoner-dump";

    private static final Pattern EVAL_NAME = Pattern.compile("sample\\.eval_iter(\\d+)_\\d+\\.jsonl");
    private static final List<String> RECORDED = List.of("validity", "num_actions", "curiosity", "penalty",
            "round1_correctness");

    private final JsonlRolloutReader reader;
    private final int rolloutsPerStep;

    /** An importer that leaves the step of a training dump unknown (−1). */
    public PixelReasonerDumpImporter() {
        this(0);
    }

    /**
     * @param rolloutsPerStep lines rank 0 wrote per training step (its share of rollout batch size ×
     *                        samples per prompt); 0 when unknown
     */
    public PixelReasonerDumpImporter(int rolloutsPerStep) {
        if (rolloutsPerStep < 0) {
            throw new IllegalArgumentException("rolloutsPerStep must not be negative: " + rolloutsPerStep);
        }
        this.rolloutsPerStep = rolloutsPerStep;
        this.reader = new JsonlRolloutReader(RolloutJson.MAPPER);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Pixel Reasoner trainer dump (logs/sample.jsonl, logs/sample.eval_iter{K}_{rank}.jsonl)";
    }

    @Override
    public boolean recognizes(JsonNode firstRecord) {
        return firstRecord.has("solutions") && firstRecord.has("qids");
    }

    @Override
    public RolloutImport read(Path file) throws IOException {
        Matcher eval = EVAL_NAME.matcher(file.getFileName().toString());
        OptionalDouble evalStep = eval.matches() ? OptionalDouble.of(Integer.parseInt(eval.group(1)))
                : OptionalDouble.empty();
        Map<String, Integer> samples = new HashMap<>();
        String source = file.getFileName().toString();
        return reader.read(file, 1, (record, index) -> {
            int step = evalStep.isPresent() ? (int) evalStep.getAsDouble()
                    : rolloutsPerStep > 0 ? index / rolloutsPerStep : -1;
            return decode(record, step, samples, source);
        });
    }

    private static Rollout decode(JsonNode record, int step, Map<String, Integer> samples, String source)
            throws RolloutLineException {
        String qid = RolloutFields.optionalText(record, "qids")
                .orElseThrow(() -> new RolloutLineException("qids", "missing field 'qids'"));
        String solution = RolloutFields.text(record, "solutions");
        String question = RolloutFields.optionalText(record, "questions").orElse("");
        List<String> answers = RolloutFields.answers(record, "gts");
        OptionalDouble round0 = RolloutFields.number(record, "round0_correctness");
        double correctness = round0.isPresent()
                ? RolloutFields.correctness(round0.getAsDouble(), "round0_correctness")
                : RolloutFields.correctness(RolloutFields.number(record, "round1_correctness").orElse(-1),
                        "round1_correctness");
        int toolCalls = RolloutFields.count(record, "round0_nwait");
        int toolFailures = RolloutFields.count(record, "round1_nwait");
        OptionalDouble reward = RolloutFields.number(record, "reward");
        Map<String, Double> recorded = new LinkedHashMap<>();
        for (String name : RECORDED) {
            OptionalDouble value = RolloutFields.number(record, name);
            if (value.isPresent()) {
                recorded.put(name, value.getAsDouble());
            }
        }
        int sample = samples.merge(qid + "\u0000" + step, 1, Integer::sum) - 1;
        Optional<Trace> trace = ChatTemplateTraces.turns(solution, Role.ASSISTANT)
                .map(turns -> ChatTemplateTraces.trace(qid + "/" + step + "/" + sample, source, question, answers,
                        turns));
        return new Rollout(qid, step, sample, question, false, answers, solution, trace, correctness, toolCalls,
                toolFailures, reward, recorded);
    }
}
