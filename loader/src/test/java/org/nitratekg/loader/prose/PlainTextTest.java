package org.nitratekg.loader.prose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rewrites PlainText looks for by hand before running their patterns: each still happens where it should. */
class PlainTextTest {

    @Test
    void spacesInsideBracketsAndBeforePunctuationGoEvenWhenTheTextStartsWithOne() {
        assertThat(PlainText.of(" ( a ) b , c")).isEqualTo("(a) b, c");
        assertThat(PlainText.of("as cited [ 1 ] .")).isEqualTo("as cited [1].");
    }

    @Test
    void aBracketedChargeLosesItsBracketsButACitationKeepsThem() {
        assertThat(PlainText.of("NO3[-] and [12]")).isEqualTo("NO3− and [12]");
        assertThat(PlainText.of("a citation [12] only")).isEqualTo("a citation [12] only");
    }

    @Test
    void converterSpacingAroundHyphensIsClosedOnEitherSide() {
        assertThat(PlainText.of("NH3 -to- NO3")).isEqualTo("NH3-to-NO3");
        assertThat(PlainText.of("Hads -mediated")).isEqualTo("Hads-mediated");
        assertThat(PlainText.of("a well-known - and old - idea")).isEqualTo("a well-known - and old - idea");
    }
}
