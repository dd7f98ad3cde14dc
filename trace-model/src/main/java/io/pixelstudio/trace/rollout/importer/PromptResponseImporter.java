package io.pixelstudio.trace.rollout.importer;

import com.fasterxml.jackson.databind.JsonNode;
import io.pixelstudio.trace.Role;
import io.pixelstudio.trace.Trace;
import io.pixelstudio.trace.Turn;
import io.pixelstudio.trace.rollout.Rollout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * OpenRLHF/verl-style JSONL: {@code prompt}, {@code response}, {@code reward}, and optionally
 * {@code step} or {@code global_step}, a group id ({@code qid}, {@code uid} or {@code index}) and
 * correctness ({@code acc}, else {@code score}, read as correct when positive). Without a group id
 * the group key is {@code prompt:} plus the first 12 hex digits of the prompt's SHA-256, so the
 * samples of one prompt still group together. Tool calls are counted from the response's assistant
 * turns; without {@code acc} or {@code score} correctness is −1 (unknown).
 */
public final class PromptResponseImporter implements RolloutImporter {

    /** The identifier used on the command line. */
    public static final String ID = "prompt-response-jsonl";

    private final JsonlRolloutReader reader = new JsonlRolloutReader(RolloutJson.MAPPER);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "OpenRLHF/verl-style JSONL with prompt, response, reward";
    }

    @Override
    public boolean recognizes(JsonNode firstRecord) {
        return firstRecord.has("prompt") && firstRecord.has("response");
    }

    @Override
    public RolloutImport read(Path file) throws IOException {
        Map<String, Integer> samples = new HashMap<>();
        String source = file.getFileName().toString();
        return reader.read(file, 1, (record, index) -> decode(record, samples, source));
    }

    private static Rollout decode(JsonNode record, Map<String, Integer> samples, String source)
            throws RolloutLineException {
        String prompt = RolloutFields.text(record, "prompt");
        String response = RolloutFields.text(record, "response");
        OptionalDouble reward = RolloutFields.number(record, "reward");
        OptionalDouble stepValue = RolloutFields.number(record, "step");
        String stepField = "step";
        if (stepValue.isEmpty()) {
            stepValue = RolloutFields.number(record, "global_step");
            stepField = "global_step";
        }
        int step = stepValue.isPresent() ? (int) RolloutFields.count(record, stepField) : -1;
        String qid = firstText(record, "qid", "uid", "index").orElseGet(() -> "prompt:" + hash(prompt));
        OptionalDouble acc = RolloutFields.number(record, "acc");
        String accField = "acc";
        if (acc.isEmpty()) {
            acc = RolloutFields.number(record, "score");
            accField = "score";
        }
        double correctness = acc.isEmpty() ? -1 : acc.getAsDouble() > 0 ? 1 : 0;
        List<Turn> promptTurns = ChatTemplateTraces.turns(prompt, Role.USER).orElse(List.of());
        Optional<List<Turn>> responseTurns = ChatTemplateTraces.turns(response, Role.ASSISTANT);
        String question = promptTurns.stream().filter(t -> t.role() == Role.USER).reduce((a, b) -> b)
                .map(Turn::text).orElse(prompt).strip();
        ChatTemplateTraces.ToolCounts counts = ChatTemplateTraces.toolCounts(responseTurns.orElse(List.of()));
        Map<String, Double> recorded = new LinkedHashMap<>();
        if (acc.isPresent()) {
            recorded.put(accField, acc.getAsDouble());
        }
        int sample = samples.merge(qid + "\u0000" + step, 1, Integer::sum) - 1;
        Optional<Trace> trace = responseTurns.map(turns -> {
            List<Turn> all = new ArrayList<>(promptTurns);
            all.addAll(turns);
            return ChatTemplateTraces.trace(qid + "/" + step + "/" + sample, source, question, List.of(), all);
        });
        return new Rollout(qid, step, sample, question, false, List.of(), response, trace, correctness,
                counts.calls(), counts.failures(), reward, recorded);
    }

    private static Optional<String> firstText(JsonNode record, String... fields) throws RolloutLineException {
        for (String field : fields) {
            Optional<String> value = RolloutFields.optionalText(record, field);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
