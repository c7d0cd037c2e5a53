package org.nitratekg.loader.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellParserTest {

    @Test
    void readsValuesQualifiersAndUncertainties() {
        assertThat(CellParser.quantity("97 ± 5")).contains(new Quantity("97", "5", null, "", null));
        assertThat(CellParser.quantity("58 ± 2%")).contains(new Quantity("58", "2", null, "", null));
        assertThat(CellParser.quantity(">90")).contains(new Quantity("90", null, ">", "", null));
        assertThat(CellParser.quantity("~95%")).contains(new Quantity("95", null, "~", "", null));
        assertThat(CellParser.quantity("1,274.4 mg h-1")).contains(new Quantity("1274.4", null, null, "mg h-1", null));
        assertThat(CellParser.quantity("90.0")).contains(new Quantity("90.0", null, null, "", null));
    }

    @Test
    void readsPowersOfTen() {
        String cell = org.nitratekg.loader.normalize.TextNormalizer.plain("$1.2 \\times 10^{4} \\mu\\text{g h}^{-1} \\text{mg}^{-1}$");
        assertThat(cell).isEqualTo("1.2 × 10^4 μg h-1 mg-1");
        assertThat(CellParser.quantity(cell)).contains(new Quantity("12000", null, null, "μg h-1 mg-1", null));
        assertThat(CellParser.quantity("3.5 ± 0.2 × 10⁻³ mol h-1 cm-2".replace("10⁻³", "10^-3")))
                .contains(new Quantity("0.0035", "0.0002", null, "mol h-1 cm-2", null));
        assertThat(org.nitratekg.loader.normalize.TextNormalizer.plain("2.1 × 10⁻³ mol")).isEqualTo("2.1 × 10^-3 mol");
    }

    @Test
    void aDashOrNothingIsMissing() {
        assertThat(CellParser.quantity("—")).isEmpty();
        assertThat(CellParser.quantity("-")).isEmpty();
        assertThat(CellParser.quantity("")).isEmpty();
        assertThat(CellParser.isMissing("n.a.")).isTrue();
    }

    @Test
    void readsPotentialsAndCurrentDensities() {
        assertThat(CellParser.condition("+0.4 V")).contains(new Quantity("0.4", null, null, "V", null));
        assertThat(CellParser.condition("-1.4 V vs. Ag/AgCl")).contains(new Quantity("-1.4", null, null, "V", "Ag/AgCl"));
        assertThat(CellParser.condition("-40 mA cm-2")).contains(new Quantity("-40", null, null, "mA cm-2", null));
        assertThat(CellParser.condition("-0.2 V (vs. RHE)")).contains(new Quantity("-0.2", null, null, "V", "RHE"));
        assertThat(CellParser.condition("0.5")).contains(new Quantity("0.5", null, null, null, null));
    }

    @Test
    void readsAnUncertaintyInBrackets() {
        Quantity fe = CellParser.quantity("96.2 (±1.5)").orElseThrow();
        assertThat(fe.value()).isEqualTo("96.2");
        assertThat(fe.plusMinus()).isEqualTo("1.5");
        Quantity yield = CellParser.quantity("(1.2 ± 0.1) × 10^3 ug h-1 cm-2").orElseThrow();
        assertThat(yield.value()).isEqualTo("1200");
        assertThat(yield.plusMinus()).isEqualTo("100");
        assertThat(yield.unitText()).isEqualTo("ug h-1 cm-2");
        assertThat(CellParser.quantity("12.3 (at -0.5 V)").orElseThrow().unitText()).isEqualTo("(at -0.5 V)");
    }
}
