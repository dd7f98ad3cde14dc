package io.pixelstudio.trace.eval;

import io.pixelstudio.trace.Trace;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One model answer to one benchmark item, with what is needed to score it and to look behind it.
 *
 * @param qid          item id, stable across runs (the key for paired comparison)
 * @param benchmark    which benchmark the item belongs to
 * @param category     the item's category or task (V* attribute/spatial, MVBench task), empty when none
 * @param question     the question text, empty when the source dropped it
 * @param groundTruths accepted answers; any one counts
 * @param response     the model's output as scored: the whole transcript when the source keeps it
 *                     (the reference scorer reads the text after the last {@code \boxed}), else the final answer
 * @param trace        the full reasoning with its tool calls, when the source keeps it
 */
public record Prediction(String qid, Benchmark benchmark, String category, String question,
                         List<String> groundTruths, String response, Optional<Trace> trace) {

    public Prediction {
        Objects.requireNonNull(qid, "qid");
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(question, "question");
        groundTruths = List.copyOf(groundTruths);
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(trace, "trace");
    }
}
