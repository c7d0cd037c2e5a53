package org.nitratekg.loader.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Classes read from the shape of a name alone (no text names the catalyst, no section, no cited work). */
class ClassifierNameShapeTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Pd1/CeO2           | single-atom",
            "Ir1Ni              | single-atom alloy",
            "Ir1Ni SAA          | single-atom alloy",
            "Ni2–N5/G           | dual-atom homonuclear",
            "Ir7/C              | cluster",
            "Os4(bpy)2          | cluster",
            "Co1–Co2P/C         | single atom + particle hybrid",
            "MnSAs&NPs/C        | single atom + particle hybrid",
            "ZnSAC/ZnS@C        | single-atom",
            "NiN4 & Ni5/C       | single atom + particle hybrid",
            "Pt1Ni3             | nanocrystalline",
            "ZnPc/G             | molecular/framework",
            "Fe-MOF-X           | molecular/framework",
            "FeMn DAC/G         | dual-atom heteronuclear",
            "Fe DAC/TiO2        | dual-atom homonuclear",
            "NiSA/C             | single-atom",
            "IrSACs/CNT         | single-atom",
            "Ag NWs             | nanocrystalline",
            "Ni–N3S1/C          | single-atom",
            "Mn–N–C             | single-atom",
            "Pd3Sn2 NCs         | nanocrystalline",
            "Zn1@In2O3 NRs      | single-atom",
            "Ga-doped ZnO       | nanocrystalline",
            "Mn1Zn1/NC          | dual-atom heteronuclear",
            "Ni1Ni1–N6          | dual-atom homonuclear",
            "CoIr DSAs/G        | dual-atom heteronuclear",
            "Pd SAs/NPs–C       | single atom + particle hybrid",
            "ISAA Zn–Ptene      | single-atom alloy",
            "RuCo alloy         | nanocrystalline"})
    void nameAlone(String name, String expected) {
        SyntheticReview r = new SyntheticReview();
        r.row(name);
        assertThat(r.classOf(name).cls().label()).isEqualTo(expected);
    }

    @Test
    void theReasonQuotesThePartOfTheNameAndWhatItMeans() {
        SyntheticReview r = new SyntheticReview();
        r.row("Ir7/C");
        r.row("FeMn DAC/G");
        assertThat(r.classOf("Ir7/C").reason()).isEqualTo("name: Ir7 = clusters of 7 Ir atoms");
        assertThat(r.classOf("Ir7/C").basis()).isEqualTo("name pattern");
        assertThat(r.classOf("FeMn DAC/G").reason()).isEqualTo("name: DAC = dual-atom catalyst; metals in the name: Fe, Mn");
    }

    @Test
    void theTableNoteExplainsAnAbbreviationOfTheName() {
        SyntheticReview r = new SyntheticReview().note("Note: yields per electrode area. QZ, paired-atom catalyst; "
                + "WXs, dual single-atomic sites on carbon; NB, nanobelts.");
        r.row("CoNi WXs");
        r.row("Cu NB");
        assertThat(r.classOf("CoNi WXs").cls()).isEqualTo(CatalystClass.DUAL_ATOM_HETERONUCLEAR);
        assertThat(r.classOf("CoNi WXs").reason()).startsWith("name: WXs = dual single-atomic sites on carbon (table note)");
        assertThat(r.classOf("Cu NB").cls()).isEqualTo(CatalystClass.NANOCRYSTALLINE);
    }

    @Test
    void glossaryEntriesAreReadFromANoteWithOtherSentences() {
        assertThat(ReviewGraph.glossaryOf("Note: E is versus RHE. AB, alpha beta; CD/E, gamma on delta; F, phi."))
                .containsEntry("AB", "alpha beta").containsEntry("CD/E", "gamma on delta").containsEntry("F", "phi")
                .hasSize(3);
        assertThat(ReviewGraph.glossaryOf("Note: In the table above, the potential is versus RHE (vs. RHE).")).isEmpty();
    }
}
