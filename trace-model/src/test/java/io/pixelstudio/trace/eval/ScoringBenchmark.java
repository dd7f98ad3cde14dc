package io.pixelstudio.trace.eval;

import io.pixelstudio.trace.eval.metric.BenchmarkScorers;
import io.pixelstudio.trace.eval.stats.Bootstrap;
import io.pixelstudio.trace.eval.stats.ScoreReport;
import io.pixelstudio.trace.eval.stats.ScoreSummarizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * Times scoring of generated InfographicsVQA predictions (ANLS of the last {@code \boxed{}} of a
 * ≈1 KB reasoning transcript against 1–3 ground truths) and the bootstrap summary of the scores.
 * A {@code main}, not a unit test: timings on a shared machine must not fail a build. How to run
 * it and the figures: {@code docs/benchmarks.md}, section "Scoring".
 *
 * <p>Arguments (optional): {@code --predictions N} (100000), {@code --runs N} (5 timed runs after
 * one warm-up).
 */
public final class ScoringBenchmark {

    private static final String[] WORDS = {"new", "york", "percent", "2019", "45%", "social media", "facebook",
            "1,250", "canada", "men", "women", "twitter", "health care", "3.5 million", "asia", "größe", "東京", "yes", "no"};

    private ScoringBenchmark() {
    }

    public static void main(String[] args) {
        int count = 100_000;
        int runs = 5;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--predictions" -> count = Integer.parseInt(args[i + 1]);
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<Prediction> predictions = generate(count, new Random(5));
        long chars = predictions.stream().mapToLong(p -> p.response().length()).sum();
        System.out.printf(Locale.ROOT, "%,d InfographicsVQA predictions, %.0f chars per transcript on average%n",
                count, (double) chars / count);
        BenchmarkScorers scorers = BenchmarkScorers.benchmarkMetrics();
        double[] scoring = new double[runs];
        double[] summary = new double[runs];
        double anls = 0;
        for (int run = -1; run < runs; run++) {
            long t0 = System.nanoTime();
            List<SampleScore> scores = scorers.scoreAll(predictions);
            long t1 = System.nanoTime();
            ScoreReport report = new ScoreSummarizer(Bootstrap.DEFAULT).summarize(scores);
            long t2 = System.nanoTime();
            anls = report.benchmark(Benchmark.INFOVQA).orElseThrow().overall().mean();
            if (run >= 0) {
                scoring[run] = (t1 - t0) / 1e6;
                summary[run] = (t2 - t1) / 1e6;
            }
        }
        System.out.printf(Locale.ROOT, "mean ANLS %.4f%n", anls);
        System.out.printf(Locale.ROOT, "score_ms_median %.0f  all %s%n", median(scoring), Arrays.toString(round(scoring)));
        System.out.printf(Locale.ROOT, "summary_with_bootstrap_B2000_ms_median %.0f  all %s%n", median(summary),
                Arrays.toString(round(summary)));
    }

    private static List<Prediction> generate(int count, Random random) {
        List<Prediction> predictions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String truth = phrase(random);
            List<String> truths = new ArrayList<>(List.of(truth));
            for (int k = random.nextInt(3); k > 0; k--) {
                truths.add(phrase(random));
            }
            String answer = switch (random.nextInt(4)) {
                case 0 -> truth;
                case 1 -> truth.toUpperCase(Locale.ROOT) + " ";
                case 2 -> truth.length() > 1 ? truth.substring(1) : truth + "s";
                default -> phrase(random);
            };
            String response = "<think>The question asks about a detail in the lower part of the infographic. "
                    + "I will zoom in to read the small print.</think>\n<tool_call>\n{\"name\": \"crop_image_normalized\", "
                    + "\"arguments\": {\"bbox_2d\": [0.12, 0.55, 0.48, 0.81], \"target_image\": 1}}\n</tool_call>"
                    + "<|im_end|>\n<|im_start|>user\n<tool_response>\n<image>\n</tool_response><|im_end|>\n"
                    + "<|im_start|>assistant\nThe zoomed region shows the legend and the figures next to each bar. "
                    + "Reading the label carefully, the value is " + answer + ". Checking against the title, "
                    + "it matches the question's year and category, so the final answer is \\boxed{" + answer + "}.";
            predictions.add(new Prediction("infovqa-" + i, Benchmark.INFOVQA, "", "What is shown?", truths, response,
                    Optional.empty()));
        }
        return predictions;
    }

    private static String phrase(Random random) {
        StringBuilder s = new StringBuilder(WORDS[random.nextInt(WORDS.length)]);
        for (int k = random.nextInt(3); k > 0; k--) {
            s.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.toString();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long[] round(double[] values) {
        return Arrays.stream(values).mapToLong(Math::round).toArray();
    }
}
