package io.pixelstudio.app.i18n;

import io.pixelstudio.trace.Box;
import io.pixelstudio.trace.BoxConvention;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NumberFormsTest {

    @Test
    void numbersAreWrittenExactlyWithoutRoundingOrGrouping() {
        assertThat(NumberForms.exact(0.41)).isEqualTo("0.41");
        assertThat(NumberForms.exact(0.123456789)).isEqualTo("0.123456789");
        assertThat(NumberForms.exact(1200.0)).isEqualTo("1200");
        assertThat(NumberForms.exact(1e-7)).isEqualTo("0.0000001");
    }

    @Test
    void nonFiniteValuesAreNamedRatherThanFailing() {
        assertThat(NumberForms.exact(Double.NaN)).isEqualTo("NaN");
        assertThat(NumberForms.exact(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
    }

    @Test
    void aBoxIsItsFourCornersInFileOrder() {
        assertThat(NumberForms.exact(new Box(0.41, 0.52, 0.47, 0.5700, BoxConvention.NORMALIZED)))
                .isEqualTo("[0.41, 0.52, 0.47, 0.57]");
        assertThat(NumberForms.exact(new Box(10, 20, 1500, 40.5, BoxConvention.ORIGINAL_PIXELS)))
                .isEqualTo("[10, 20, 1500, 40.5]");
    }
}
