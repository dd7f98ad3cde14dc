package io.pixelstudio.trace.eval.metric;

import io.pixelstudio.trace.eval.AnswerEquivalence;
import io.pixelstudio.trace.eval.AnswerExtractor;
import io.pixelstudio.trace.eval.Benchmark;
import io.pixelstudio.trace.eval.MultipleChoice;
import io.pixelstudio.trace.eval.Prediction;
import io.pixelstudio.trace.eval.SampleScore;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Multiple-choice accuracy (V* Bench, MVBench): the option the answer picks must be the option the
 * ground truth names. Both sides may be a letter in any common form or the option text; when the
 * question lists no options, or a ground truth names none, the answer must equal it (numbers by
 * value, text case-insensitively). Categories (V* attribute/spatial, MVBench task) come from the
 * prediction, so per-category accuracy is the mean over that category's samples.
 */
public final class ChoiceAccuracyScorer implements BenchmarkScorer {

    private final Benchmark benchmark;
    private final AnswerExtractor extractor;
    private final MultipleChoice choices;
    private final AnswerEquivalence equivalence;

    public ChoiceAccuracyScorer(Benchmark benchmark, AnswerExtractor extractor, MultipleChoice choices,
                                AnswerEquivalence equivalence) {
        this.benchmark = Objects.requireNonNull(benchmark, "benchmark");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.choices = Objects.requireNonNull(choices, "choices");
        this.equivalence = Objects.requireNonNull(equivalence, "equivalence");
    }

    @Override
    public SampleScore score(Prediction prediction) {
        String answer = extractor.extract(prediction.response()).answer();
        Map<Character, String> options = choices.options(prediction.question());
        Optional<Character> picked = choices.letter(answer, options);
        boolean correct = false;
        for (String gt : prediction.groundTruths()) {
            Optional<Character> expected = choices.letter(gt, options);
            correct = expected.isPresent()
                    ? picked.isPresent() && picked.get().equals(expected.get())
                    : equivalence.equivalent(answer, gt);
            if (correct) {
                break;
            }
        }
        String shown = picked.map(letter -> "(" + letter + ") " + answer).orElse(answer);
        return new SampleScore(prediction.qid(), benchmark, prediction.category(), shown.strip(),
                correct ? 1.0 : 0.0, correct);
    }

    @Override
    public MetricKind kind() {
        return MetricKind.ACCURACY;
    }

    @Override
    public String metricName() {
        return "accuracy";
    }
}
