package org.nitratekg.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayTextTest {
    @Test
    void latexFragmentsBecomePlainTextWithScripts() {
        assertThat(DisplayText.clean("$70.8 \\text{ mol h}^{-1} \\text{mg}_{\\text{metal}}^{-1}$"))
                .isEqualTo("70.8 mol h⁻¹ mgmetal⁻¹");
        assertThat(DisplayText.clean("CuN_3 –SACs/NCNT")).isEqualTo("CuN₃ –SACs/NCNT");
        assertThat(DisplayText.clean("$1.5 \\pm 0.2$ mg h$^{-1}$ cm$^{-2}$")).isEqualTo("1.5 ± 0.2 mg h⁻¹ cm⁻²");
    }

    @Test
    void commandsAreReadWithTheirWholeNameAndUnknownOnesStay() {
        assertThat(DisplayText.clean("2.0 \\AA, FE $\\geq$ 95\\%, \\foo")).isEqualTo("2.0 Å, FE ≥ 95%, \\foo");
    }

    @Test
    void markdownEmphasisIsDroppedButAdsorbedSpeciesKeepTheirStar() {
        assertThat(DisplayText.clean("Li, X. Title. *Adv. Funct. Mater.* **2023**, *33*, 2300001."))
                .isEqualTo("Li, X. Title. Adv. Funct. Mater. 2023, 33, 2300001.");
        assertThat(DisplayText.clean("breaks the *NO/*H scaling")).isEqualTo("breaks the *NO/*H scaling");
        assertThat(DisplayText.clean("from *NO to *NOH and *H")).isEqualTo("from *NO to *NOH and *H");
    }

    @Test
    void markupStaysTextForTheTemplateToEscape() {
        assertThat(DisplayText.clean("<b>x</b> & y")).isEqualTo("<b>x</b> & y");
    }
}
