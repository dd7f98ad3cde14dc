package io.pixelstudio.trace.eval.stats;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Percentile bootstrap for means (Efron &amp; Tibshirani 1993, §13.3): resample with replacement,
 * take the mean, repeat {@code resamples} times, read the (α/2, 1−α/2) quantiles (linear
 * interpolation between order statistics, numpy's default). Every call starts a fresh
 * {@link SplittableRandom} from {@code seed}, so the same data give the same interval.
 *
 * @param resamples  number of bootstrap replicates B (default 2000)
 * @param confidence interval level, e.g. 0.95
 * @param seed       RNG seed
 */
public record Bootstrap(int resamples, double confidence, long seed) {

    /** B = 2000, 95 %, seed 20250521. */
    public static final Bootstrap DEFAULT = new Bootstrap(2000, 0.95, 20250521L);

    public Bootstrap {
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples must be ≥ 1: " + resamples);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1): " + confidence);
        }
    }

    /** The same bootstrap with another number of replicates. */
    public Bootstrap withResamples(int b) {
        return new Bootstrap(b, confidence, seed);
    }

    /** The interval for the mean of the values (non-empty). */
    public ConfidenceInterval meanInterval(double[] values) {
        return meanOfMeansInterval(List.of(values));
    }

    /**
     * The interval for the average of group means, resampling within each group (stratified):
     * the macro average over benchmarks. Every group must be non-empty.
     */
    public ConfidenceInterval meanOfMeansInterval(List<double[]> groups) {
        if (groups.isEmpty() || groups.stream().anyMatch(g -> g.length == 0)) {
            throw new IllegalArgumentException("bootstrap needs non-empty groups");
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] replicates = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            double sumOfMeans = 0;
            for (double[] group : groups) {
                double sum = 0;
                for (int i = 0; i < group.length; i++) {
                    sum += group[random.nextInt(group.length)];
                }
                sumOfMeans += sum / group.length;
            }
            replicates[r] = sumOfMeans / groups.size();
        }
        Arrays.sort(replicates);
        double alpha = 1 - confidence;
        return new ConfidenceInterval(quantile(replicates, alpha / 2), quantile(replicates, 1 - alpha / 2), confidence);
    }

    /** Quantile of sorted values with linear interpolation (Hyndman–Fan type 7). */
    static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int lower = (int) Math.floor(position);
        int upper = Math.min(lower + 1, sorted.length - 1);
        double fraction = position - lower;
        return sorted[lower] + fraction * (sorted[upper] - sorted[lower]);
    }

    /** Arithmetic mean (non-empty). */
    static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
