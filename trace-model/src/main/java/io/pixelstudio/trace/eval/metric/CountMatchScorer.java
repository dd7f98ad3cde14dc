package io.pixelstudio.trace.eval.metric;

import io.pixelstudio.trace.eval.AnswerExtractor;
import io.pixelstudio.trace.eval.Benchmark;
import io.pixelstudio.trace.eval.NumberReader;
import io.pixelstudio.trace.eval.Prediction;
import io.pixelstudio.trace.eval.SampleScore;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * TallyQA-Complex exact count match: the count the answer gives must equal a ground-truth count.
 * The answer is read as a whole number ({@code 3}, {@code 3.0}, {@code 1,000}, {@code three},
 * {@code twenty-one}); failing that, a short sentence counts when exactly one distinct count occurs
 * in it ({@code "3 dogs"}, {@code "there are three"}), and is unreadable (wrong) otherwise.
 */
public final class CountMatchScorer implements BenchmarkScorer {

    private final AnswerExtractor extractor;
    private final NumberReader numbers;

    public CountMatchScorer(AnswerExtractor extractor, NumberReader numbers) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.numbers = Objects.requireNonNull(numbers, "numbers");
    }

    @Override
    public SampleScore score(Prediction prediction) {
        String answer = extractor.extract(prediction.response()).answer();
        Optional<Integer> count = countIn(answer);
        boolean correct = false;
        if (count.isPresent()) {
            for (String gt : prediction.groundTruths()) {
                Optional<Integer> expected = numbers.count(gt);
                if (expected.isPresent() && expected.get().equals(count.get())) {
                    correct = true;
                    break;
                }
            }
        }
        return new SampleScore(prediction.qid(), Benchmark.TALLYQA, prediction.category(),
                count.map(String::valueOf).orElse(answer), correct ? 1.0 : 0.0, correct);
    }

    /** The count an answer gives, per the class comment. */
    Optional<Integer> countIn(String answer) {
        Optional<Integer> whole = numbers.count(answer);
        if (whole.isPresent()) {
            return whole;
        }
        String[] tokens = answer.split("[^\\p{L}\\p{N},.-]+");
        Set<Integer> found = new LinkedHashSet<>();
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i].replaceAll("^[,.-]+|[,.-]+$", "");
            if (token.isEmpty()) {
                continue;
            }
            Optional<Integer> pair = i + 1 < tokens.length ? numbers.count(token + " " + tokens[i + 1]) : Optional.empty();
            if (pair.isPresent()) {
                found.add(pair.get());
                i++;
            } else {
                numbers.count(token).ifPresent(found::add);
            }
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    @Override
    public MetricKind kind() {
        return MetricKind.ACCURACY;
    }

    @Override
    public String metricName() {
        return "exact count";
    }
}
