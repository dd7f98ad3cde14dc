package io.pixelstudio.trace.eval.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class McNemarTest {

    @Test
    void matchesHandComputedBinomialTails() {
        // n=6, P(X<=1) = (1+6)/64, two-sided 14/64
        assertThat(McNemar.exactPValue(1, 5)).isCloseTo(14.0 / 64, within(1e-15));
        assertThat(McNemar.exactPValue(5, 1)).isCloseTo(14.0 / 64, within(1e-15));
        // n=5, P(X<=0) = 1/32, two-sided 2/32
        assertThat(McNemar.exactPValue(0, 5)).isCloseTo(0.0625, within(1e-15));
        // n=12, P(X<=2) = (1+12+66)/4096
        assertThat(McNemar.exactPValue(2, 10)).isCloseTo(158.0 / 4096, within(1e-15));
    }

    @Test
    void balancedOrNoDiscordantPairsGiveOne() {
        assertThat(McNemar.exactPValue(3, 3)).isEqualTo(1.0);
        assertThat(McNemar.exactPValue(0, 0)).isEqualTo(1.0);
        assertThat(McNemar.exactPValue(1000, 1000)).isEqualTo(1.0);
    }

    @Test
    void manyDiscordantPairsDoNotUnderflowToNonsense() {
        double p = McNemar.exactPValue(950, 1050);
        // normal approximation: z = (1050-950)/sqrt(2000) = 2.236 -> p ~ 0.0253 (continuity-corrected ~0.0267)
        assertThat(p).isBetween(0.02, 0.03);
    }

    @Test
    void negativeCountsAreRejected() {
        assertThatThrownBy(() -> McNemar.exactPValue(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
