package io.pixelstudio.trace.ops;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PythonTextTest {

    @ParameterizedTest
    @CsvSource({
        "0.1, 0.1", "1.0, 1.0", "100.0, 100.0", "0.30000000000000004, 0.30000000000000004",
        "1e-05, 1e-05", "0.0001, 0.0001", "1e16, 1e+16", "1e15, 1000000000000000.0",
        "-2.5, -2.5", "123456789.125, 123456789.125", "1.5e-07, 1.5e-07", "2e22, 2e+22",
    })
    void floatReprMatchesCPython(double value, String expected) {
        assertThat(PythonText.floatRepr(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {"abc|'abc'", "it's|\"it's\"", "a\"b'c|'a\"b\\'c'"})
    void stringReprPicksQuotesLikeCPython(String value, String expected) {
        assertThat(PythonText.stringRepr(value)).isEqualTo(expected);
    }
}
