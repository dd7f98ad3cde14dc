package io.pixelstudio.trace.eval.metric;

import io.pixelstudio.trace.eval.AnswerEquivalence;
import io.pixelstudio.trace.eval.AnswerExtractor;
import io.pixelstudio.trace.eval.Benchmark;
import io.pixelstudio.trace.eval.MultipleChoice;
import io.pixelstudio.trace.eval.NumberReader;
import io.pixelstudio.trace.eval.Prediction;
import io.pixelstudio.trace.eval.ReferenceNormalizer;
import io.pixelstudio.trace.eval.SampleScore;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The scorer for each benchmark under one {@link ScoringProfile}. Built once (by the composition
 * root or a test) and passed where scoring happens; holds no mutable state.
 */
public final class BenchmarkScorers {

    private final ScoringProfile profile;
    private final Map<Benchmark, BenchmarkScorer> scorers;

    private BenchmarkScorers(ScoringProfile profile, Map<Benchmark, BenchmarkScorer> scorers) {
        this.profile = profile;
        this.scorers = scorers;
    }

    /**
     * The scorers of a profile; for {@link ScoringProfile#BENCHMARK}, ANLS with the given length
     * basis ({@link Anls.LengthBasis#NORMALISED} is the metric's definition).
     */
    public static BenchmarkScorers of(ScoringProfile profile, Anls.LengthBasis anlsBasis) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(anlsBasis, "anlsBasis");
        AnswerExtractor extractor = new AnswerExtractor();
        NumberReader numbers = new NumberReader();
        AnswerEquivalence equivalence = new AnswerEquivalence(extractor, numbers);
        Map<Benchmark, BenchmarkScorer> map = new EnumMap<>(Benchmark.class);
        if (profile == ScoringProfile.REFERENCE_CODE) {
            BenchmarkScorer reference = new ReferenceAccuracyScorer(extractor, new ReferenceNormalizer(), equivalence);
            for (Benchmark b : Benchmark.values()) {
                map.put(b, reference);
            }
        } else {
            MultipleChoice choices = new MultipleChoice(equivalence);
            map.put(Benchmark.VSTAR, new ChoiceAccuracyScorer(Benchmark.VSTAR, extractor, choices, equivalence));
            map.put(Benchmark.MVBENCH, new ChoiceAccuracyScorer(Benchmark.MVBENCH, extractor, choices, equivalence));
            map.put(Benchmark.TALLYQA, new CountMatchScorer(extractor, numbers));
            map.put(Benchmark.INFOVQA, new AnlsScorer(extractor, new Anls(new Levenshtein(), anlsBasis)));
            map.put(Benchmark.PROBES, new ExactMatchScorer(Benchmark.PROBES, extractor));
        }
        return new BenchmarkScorers(profile, map);
    }

    /** Each benchmark's own metric, ANLS by its definition. */
    public static BenchmarkScorers benchmarkMetrics() {
        return of(ScoringProfile.BENCHMARK, Anls.LengthBasis.NORMALISED);
    }

    /** The reference code's accuracy for every benchmark. */
    public static BenchmarkScorers referenceCode() {
        return of(ScoringProfile.REFERENCE_CODE, Anls.LengthBasis.NORMALISED);
    }

    public ScoringProfile profile() {
        return profile;
    }

    /** The scorer for a benchmark (every benchmark has one). */
    public BenchmarkScorer forBenchmark(Benchmark benchmark) {
        return scorers.get(Objects.requireNonNull(benchmark, "benchmark"));
    }

    /** Scores each prediction with its benchmark's scorer, in order. */
    public List<SampleScore> scoreAll(List<Prediction> predictions) {
        return predictions.stream().map(p -> forBenchmark(p.benchmark()).score(p)).toList();
    }
}
