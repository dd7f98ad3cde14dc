package io.pixelstudio.trace.eval;

import io.pixelstudio.trace.Trace;

import java.util.List;
import java.util.Map;
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
 * @param recorded     per-sample numbers the source itself wrote (its stored correctness, tool calls,
 *                     its own metric values), by name, so that a rescoring can be checked against them;
 *                     empty when the source wrote none
 */
public record Prediction(String qid, Benchmark benchmark, String category, String question,
                         List<String> groundTruths, String response, Optional<Trace> trace,
                         Map<String, Double> recorded) {

    /** Name in {@link #recorded()} of the correctness the source stored (1, 0, or -1 when unparsable). */
    public static final String RECORDED_CORRECTNESS = "correctness";
    /** Name in {@link #recorded()} of the number of tool calls the source counted. */
    public static final String RECORDED_TOOL_CALLS = "toolCalls";
    /** Name in {@link #recorded()} of the number of failed or forced-stop tool calls the source counted. */
    public static final String RECORDED_TOOL_FAILURES = "toolFailures";

    /** A prediction whose source recorded nothing beyond the response. */
    public Prediction(String qid, Benchmark benchmark, String category, String question,
                      List<String> groundTruths, String response, Optional<Trace> trace) {
        this(qid, benchmark, category, question, groundTruths, response, trace, Map.of());
    }

    public Prediction {
        Objects.requireNonNull(qid, "qid");
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(question, "question");
        groundTruths = List.copyOf(groundTruths);
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(trace, "trace");
        recorded = Map.copyOf(recorded);
    }

    /** This prediction with other ground truths (and category, when {@code newCategory} is not empty). */
    public Prediction withGroundTruths(List<String> newGroundTruths, String newCategory) {
        return new Prediction(qid, benchmark, newCategory.isEmpty() ? category : newCategory, question,
                newGroundTruths, response, trace, recorded);
    }
}
