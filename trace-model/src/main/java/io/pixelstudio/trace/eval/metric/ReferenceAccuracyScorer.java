package io.pixelstudio.trace.eval.metric;

import io.pixelstudio.trace.eval.AnswerEquivalence;
import io.pixelstudio.trace.eval.AnswerExtractor;
import io.pixelstudio.trace.eval.Prediction;
import io.pixelstudio.trace.eval.ReferenceNormalizer;
import io.pixelstudio.trace.eval.SampleScore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The single accuracy the Pixel Reasoner reference code computes for every benchmark
 * ({@code rule_reward} → {@code handle_boxed} → {@code do_verify} in
 * {@code curiosity_driven_rl/openrlhf/trainer/ppo_utils/experience_maker.py}, as called at
 * evaluation time), so that a user can reproduce the code's {@code pass1} and see how it differs
 * from each benchmark's own metric. Its quirks are kept on purpose (see docs/metrics.md):
 * substring normalisation, the multi-span rule that drops the first seven characters of the
 * ground truth, and the whole-transcript fallback. math-verify is replaced by
 * {@link AnswerEquivalence}.
 */
public final class ReferenceAccuracyScorer implements BenchmarkScorer {

    private static final Pattern ANSWER_TAG = Pattern.compile("<answer>(.*?)</answer>");
    private static final int BOXED_PREFIX = "\\boxed{".length();

    private final AnswerExtractor extractor;
    private final ReferenceNormalizer normalizer;
    private final AnswerEquivalence equivalence;

    public ReferenceAccuracyScorer(AnswerExtractor extractor, ReferenceNormalizer normalizer,
                                   AnswerEquivalence equivalence) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
        this.equivalence = Objects.requireNonNull(equivalence, "equivalence");
    }

    @Override
    public SampleScore score(Prediction prediction) {
        String sol = prediction.response().toLowerCase(Locale.ROOT);
        boolean correct = false;
        for (String ans : groundTruths(prediction.groundTruths())) {
            if (verifies(sol, ans) || (ans.contains(",") && multiSpan(sol, ans))) {
                correct = true;
                break;
            }
        }
        String shown = extractor.lastBoxedContent(sol).orElse("");
        return new SampleScore(prediction.qid(), prediction.benchmark(), prediction.category(), shown,
                correct ? 1.0 : 0.0, correct);
    }

    /**
     * Ground truths lowercased; when one contains {@code %}, the first such one without its
     * {@code %} signs is tried first (unless already listed).
     */
    List<String> groundTruths(List<String> raw) {
        List<String> gts = new ArrayList<>();
        for (String gt : raw) {
            gts.add(gt.toLowerCase(Locale.ROOT));
        }
        for (String gt : gts) {
            if (gt.contains("%")) {
                String bare = gt.replace("%", "");
                if (!gts.contains(bare)) {
                    gts.add(0, bare);
                }
                break;
            }
        }
        return gts;
    }

    private boolean verifies(String sol, String ans) {
        String gold = normalizer.normalize(ans);
        Optional<String> goldAnswer = gold.contains("\\boxed") ? extractor.lastBoxedContent(gold) : Optional.of(gold);
        if (goldAnswer.isEmpty() || goldAnswer.get().isBlank()) {
            return false;
        }
        int boxed = sol.lastIndexOf("\\boxed");
        if (boxed >= 0) {
            String tail = normalizer.normalize(sol.substring(boxed).strip());
            Optional<String> predicted = extractor.boxedContentAt(tail, 1);
            if (predicted.isPresent() && equivalence.equivalent(predicted.get(), goldAnswer.get())) {
                return true;
            }
        }
        if (sol.contains("<answer>")) {
            Matcher tag = ANSWER_TAG.matcher(sol);
            if (tag.find() && equivalence.equivalent(normalizer.normalize(tag.group(1)), goldAnswer.get())) {
                return true;
            }
        }
        return equivalence.equivalent(normalizer.normalize(sol), goldAnswer.get());
    }

    /**
     * The reference's multi-span rule, verbatim: pieces are {@code ans[7:-1].split(',')} stripped
     * (it slices as if the ground truth were wrapped in {@code \boxed{...}}, which it is not), and
     * every piece must occur in {@code "\\" + sol[rfind("boxed"):]}.
     */
    boolean multiSpan(String sol, String ans) {
        int boxed = sol.lastIndexOf("boxed");
        if (boxed < 0) {
            return false;
        }
        String tail = "\\" + sol.substring(boxed);
        int from = Math.min(BOXED_PREFIX, ans.length());
        int to = Math.max(from, ans.length() - 1);
        for (String piece : ans.substring(from, to).split(",", -1)) {
            if (!tail.contains(piece.strip())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public MetricKind kind() {
        return MetricKind.ACCURACY;
    }

    @Override
    public String metricName() {
        return "reference pass1";
    }
}
