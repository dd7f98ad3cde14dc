package io.pixelstudio.trace.eval.stats;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class BootstrapTest {

    private static double[] bernoulli(int n, double p, long seed) {
        Random r = new Random(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = r.nextDouble() < p ? 1 : 0;
        }
        return v;
    }

    @Test
    void intervalContainsTheMeanAndNarrowsWithN() {
        double[] small = bernoulli(100, 0.7, 1);
        double[] large = bernoulli(10_000, 0.7, 2);
        ConfidenceInterval s = Bootstrap.DEFAULT.meanInterval(small);
        ConfidenceInterval l = Bootstrap.DEFAULT.meanInterval(large);
        assertThat(s.contains(Bootstrap.mean(small))).isTrue();
        assertThat(l.contains(Bootstrap.mean(large))).isTrue();
        assertThat(l.width()).isLessThan(s.width() / 5);
        // binomial standard error at n=100, p~0.7 is ~0.046: a 95% interval is ~0.18 wide
        assertThat(s.width()).isBetween(0.13, 0.23);
    }

    @Test
    void sameSeedGivesTheSameIntervalAndAnotherSeedUsuallyNot() {
        double[] v = bernoulli(500, 0.4, 3);
        assertThat(Bootstrap.DEFAULT.meanInterval(v)).isEqualTo(Bootstrap.DEFAULT.meanInterval(v));
        assertThat(new Bootstrap(2000, 0.95, 99).meanInterval(v)).isNotEqualTo(Bootstrap.DEFAULT.meanInterval(v));
    }

    @Test
    void constantScoresGiveADegenerateInterval() {
        ConfidenceInterval ci = Bootstrap.DEFAULT.meanInterval(new double[] {1, 1, 1});
        assertThat(ci.low()).isEqualTo(1.0);
        assertThat(ci.high()).isEqualTo(1.0);
    }

    @Test
    void quantileInterpolatesLinearlyLikeNumpy() {
        double[] sorted = {0, 1, 2, 3};
        assertThat(Bootstrap.quantile(sorted, 0.5)).isEqualTo(1.5);
        assertThat(Bootstrap.quantile(sorted, 0.025)).isCloseTo(0.075, within(1e-12));
        assertThat(Bootstrap.quantile(sorted, 1.0)).isEqualTo(3.0);
    }

    @Test
    void stratifiedIntervalContainsTheMacroMean() {
        double[] a = bernoulli(200, 0.9, 4);
        double[] b = bernoulli(50, 0.3, 5);
        ConfidenceInterval ci = Bootstrap.DEFAULT.meanOfMeansInterval(List.of(a, b));
        assertThat(ci.contains((Bootstrap.mean(a) + Bootstrap.mean(b)) / 2)).isTrue();
    }

    @Test
    void invalidSettingsAreRejected() {
        assertThatThrownBy(() -> new Bootstrap(0, 0.95, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Bootstrap(10, 1.0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Bootstrap.DEFAULT.meanInterval(new double[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
