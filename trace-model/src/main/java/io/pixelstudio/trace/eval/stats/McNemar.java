package io.pixelstudio.trace.eval.stats;

/**
 * Exact (binomial) McNemar test for two runs scored right/wrong on the same items: under "no
 * difference" each discordant item is equally likely to favour either run, so with b items
 * right→wrong and c wrong→right, the two-sided p-value is min(1, 2·P(X ≤ min(b, c))) for
 * X ~ Binomial(b + c, ½). Computed in log space, so thousands of discordant pairs do not underflow.
 */
public final class McNemar {

    private McNemar() {
    }

    /** The two-sided exact p-value; 1 when there are no discordant pairs. */
    public static double exactPValue(int rightToWrong, int wrongToRight) {
        if (rightToWrong < 0 || wrongToRight < 0) {
            throw new IllegalArgumentException("counts must be ≥ 0");
        }
        int n = rightToWrong + wrongToRight;
        if (n == 0) {
            return 1.0;
        }
        int k = Math.min(rightToWrong, wrongToRight);
        double logHalfPowN = n * Math.log(0.5);
        double logBinomial = 0;
        double maxLog = logHalfPowN;
        double[] logTerms = new double[k + 1];
        for (int i = 0; i <= k; i++) {
            if (i > 0) {
                logBinomial += Math.log(n - i + 1) - Math.log(i);
            }
            logTerms[i] = logBinomial + logHalfPowN;
            maxLog = Math.max(maxLog, logTerms[i]);
        }
        double sum = 0;
        for (double t : logTerms) {
            sum += Math.exp(t - maxLog);
        }
        double tail = Math.exp(maxLog + Math.log(sum));
        return Math.min(1.0, 2 * tail);
    }
}
