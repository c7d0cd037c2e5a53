package org.nitratekg.loader.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class YieldConverterTest {

    private static YieldConversion convert(String value, String unit) {
        return YieldConverter.convert(value, YieldUnit.parse(unit).orElseThrow());
    }

    @Test
    void convertsAreaBasedMassAndAmountYieldsToMilligramsPerHourPerSquareCentimetre() {
        assertThat(convert("436", "ug h-1 cm-2").value()).isEqualByComparingTo("0.436");
        assertThat(convert("0.623", "mmol h-1 cm-2").value()).isEqualByComparingTo(new BigDecimal("0.623").multiply(new BigDecimal("17.031")));
        assertThat(convert("1", "mmol h-1 cm-2").targetUcum()).isEqualTo(YieldConverter.PER_AREA);
        assertThat(convert("1", "mmol h-1 cm-2").note()).contains("17.031");
    }

    @Test
    void convertsCatalystMassBasedYieldsToMilligramsPerHourPerMilligramOfCatalyst() {
        assertThat(convert("3.2", "mol gcat-1 h-1").value()).isEqualByComparingTo("54.4992");
        assertThat(convert("2660.63", "ug h-1 mg-1").value()).isEqualByComparingTo("2.66063");
        assertThat(convert("2660.63", "ug h-1 mg-1").note()).contains("not stated");
        assertThat(convert("5", "mg h-1 mgcat-1").targetIri()).endsWith("/MilliGM-PER-HR-MilliGM");
    }

    @Test
    void convertsAMassOfNitrogenToAMassOfAmmonia() {
        assertThat(convert("14.007", "mgN h-1 cm-2").value()).isEqualByComparingTo("17.031");
        assertThat(convert("14.007", "mg NH3-N h-1 cm-2").value()).isEqualByComparingTo("17.031");
        assertThat(convert("17.031", "ug NH3 h-1 cm-2").value()).isEqualByComparingTo("0.017031");
    }

    @Test
    void explainsWhyAYieldCannotBeConverted() {
        assertThat(convert("0.494", "h-1 mgcat-1").reason()).contains("no numerator");
        assertThat(convert("1274.4", "mgN h-1 gCu-1").reason()).contains("mass of Cu");
        assertThat(convert("70.8", "mol h-1 mgmetal-1").isConverted()).isFalse();
        assertThat(convert("2", "mg L-1 h-1").reason()).contains("volume");
        assertThat(convert("2", "mg h-1").reason()).contains("no area or mass basis");
    }
}
