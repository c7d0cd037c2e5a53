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
}
