package org.nitratekg.loader.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            $\\text{Ru}_{15}\\text{Co}_{85}$ HND              | Ru15Co85 HND
            Cu_4 (PTI) $_4$                                   | Cu4 (PTI)4
            Fe ₁ /MXene                                       | Fe1/MXene
            Mo-Fe ₂ O ₃                                       | Mo-Fe2O3
            NH ₃ Yield Rate                                   | NH3 Yield Rate
            mg h ^{−1} mg _{cat} ^{−1}                        | mg h-1 mgcat-1
            $436 \\pm 85 \\mu\\text{g h}^{-1} \\text{cm}^{-2}$ | 436 ± 85 μg h-1 cm-2
            $1274.4 \\text{ mg}_\\text{N} \\text{ h}^{-1} \\text{gCu}^{-1}$ | 1274.4 mgN h-1 gCu-1
            $58 \\pm 2\\%$                                     | 58 ± 2%
            −40 mA cm^{-2}                                    | -40 mA cm-2
            $\\text{N}\\equiv\\text{N}$ triple bond            | N≡N triple bond
            $^*\\text{NO}_3 \\rightarrow ^*\\text{NO}_2$        | *NO3 → *NO2
            the $^*\\text{NO}$ intermediate                    | the *NO intermediate
            NO_3^- and Ti³⁺                                    | NO3- and Ti3+
            12 µg and 12 μg                                   | 12 μg and 12 μg
            *Operando* and *in situ* XAS of *NO                | Operando and in situ XAS of *NO
            $350\\text{--}500\\text{ }^{\\circ}\\text{C}$       | 350–500 °C
            pathways of NO_3RR to NH_3 .                       | pathways of NO3RR to NH3.
            """)
    void printedFragmentsBecomePlainText(String printed, String plain) {
        assertThat(TextNormalizer.plain(printed)).isEqualTo(plain);
        // the text-only path and the mapped path make the same text
        assertThat(TextNormalizer.normalize(printed).text()).isEqualTo(plain);
    }

    @Test
    void offsetsPointBackIntoThePrintedText() {
        String printed = "on $\\text{Cu}_{50}\\text{Ni}_{50}$ at −0.4 V";
        MappedText t = TextNormalizer.normalize(printed);
        assertThat(t.text()).isEqualTo("on Cu50Ni50 at -0.4 V");
        int at = t.text().indexOf("Ni");
        assertThat(printed.substring(t.originOf(at), t.originOf(at) + 2)).isEqualTo("Ni");
        int minus = t.text().indexOf('-');
        assertThat(printed.charAt(t.originOf(minus))).isEqualTo('−');
        int[] span = t.originSpan(t.text().indexOf("Cu50"), t.text().indexOf("Cu50") + 4);
        assertThat(printed.substring(span[0], span[1])).isEqualTo("Cu}_{50");
    }
}
