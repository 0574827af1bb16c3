package vn.hoso.archive.digitization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TextErrorRatesTest {

    @Test
    void characterErrorsCountAfterNormalizingWhitespaceAndComposition() {
        assertThat(TextErrorRates.characterErrorRate("Hà  Nội\n", "Ha\u0300 Nội")).isZero();
        assertThat(TextErrorRates.characterErrorRate("Ha Noi", "Hà Nội")).isCloseTo(2 / 6.0, within(1e-9));
    }

    @Test
    void wordErrorsCountWholeWords() {
        assertThat(TextErrorRates.wordErrorRate("xã Thanh Oai", "xã Thanh Oai")).isZero();
        assertThat(TextErrorRates.wordErrorRate("xã Thanh 0ai", "xã Thanh Oai")).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(TextErrorRates.wordErrorRate("", "xã Thanh Oai")).isEqualTo(1.0);
    }
}
