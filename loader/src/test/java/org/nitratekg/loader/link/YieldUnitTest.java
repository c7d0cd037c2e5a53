package org.nitratekg.loader.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nitratekg.loader.normalize.TextNormalizer;

class YieldUnitTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ug h-1 cm-2                                   | ug/(h.cm2)       | MicroGM-PER-HR-CentiM2
            μg h⁻¹ cm⁻²                                   | ug/(h.cm2)       | MicroGM-PER-HR-CentiM2
            \\mu\\text{g h}^{-1} \\text{cm}^{-2}           | ug/(h.cm2)       | MicroGM-PER-HR-CentiM2
            mg h ^{−1} mg _{cat} ^{−1}                    | mg/(h.mg{cat})   | MilliGM-PER-HR-MilliGM
            mol gcat-1 h-1                                | mol/(h.g{cat})   | MOL-PER-HR-GM
            mmol cm-2 h-1                                 | mmol/(h.cm2)     | MilliMOL-PER-HR-CentiM2
            mg/(h·cm²)                                    | mg/(h.cm2)       | MilliGM-PER-HR-CentiM2
            mg/h/cm2                                      | mg/(h.cm2)       | MilliGM-PER-HR-CentiM2
            mgN h-1 gCu-1                                 | mg{N}/(h.g{Cu})  | MilliGM-PER-HR-GM
            h-1 mgcat-1                                   | 1/(h.mg{cat})    | PER-HR-MilliGM
            μg NH₃ h⁻¹ mg⁻¹                               | ug{NH3}/(h.mg)   | MicroGM-PER-HR-MilliGM
            mg NH3-N h-1 cm-2                             | mg{N}/(h.cm2)    | MilliGM-PER-HR-CentiM2
            mg h-1 cm-2 (at -0.5 V)                       | mg/(h.cm2)       | MilliGM-PER-HR-CentiM2
            mg_{NH_3} h^{−1} cm^{−2}                      | mg{NH3}/(h.cm2)  | MilliGM-PER-HR-CentiM2
            μmol_{NH4+-N} h-1 cm-2                        | umol{N}/(h.cm2)  | MicroMOL-PER-HR-CentiM2
            """)
    void mapsEveryPrintedFormToOneUcumExpressionAndName(String printed, String ucum, String name) {
        YieldUnit unit = YieldUnit.parse(TextNormalizer.plain(printed)).orElseThrow();
        assertThat(unit.ucum()).isEqualTo(ucum);
        assertThat(unit.qudtName()).isEqualTo(name);
        assertThat(unit.iri()).isEqualTo("https://w3id.org/nitrate-kg/unit/" + name);
    }

    @Test
    void keepsThePrintedFactorOrderInItsAsciiForm() {
        assertThat(YieldUnit.parse("mol gcat-1 h-1").orElseThrow().printed()).isEqualTo("mol gcat-1 h-1");
        assertThat(YieldUnit.asciiForm("μg h-1  mg-1")).isEqualTo("ug h-1 mg-1");
    }

    @Test
    void rejectsTextThatIsNotAUnit() {
        assertThat(YieldUnit.parse("at -0.5 V")).isEmpty();
        assertThat(YieldUnit.parse("")).isEmpty();
    }
}
