package org.nitratekg.loader.prose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvidenceReaderTest {
    private static final String ROW = "?technique|?mode|?catalyst";
    private static final String CLAIM = """
            ?c a nkg:CharacterizationEvidence ; nkg:techniqueAsPrinted ?technique ; nkg:aboutCatalyst/nkg:printedName ?catalyst .
            OPTIONAL { ?c nkg:inMode/rdfs:label ?mode }
            """;

    @Test
    void theModeIsReadOnEitherSideOfTheTechnique() {
        TestReview r = new TestReview("Cu{100} NCs", "Co-N3O1/C", "Rh1Cu SAA", "Cu/CeO2-x NSs", "Fe-N4-OH/C").paragraph(
                "ATR-SEIRAS spectra recorded in situ on Cu{100} NCs show a *NO band at 1,610 cm⁻¹ [20]. "
                + "*Operando* XANES of Co–N₃O₁/C shows the edge moving by 0.8 eV [33]. "
                + "Rh₁Cu SAA, measured *ex situ* by EXAFS, shows Rh–Cu scattering only [46]. "
                + "Quasi-*in situ* XPS of Cu/CeO₂₋ₓ shows Ce³⁺ rising from 21% to 34% [28]. "
                + "For Fe–N₄–OH/C, XANES recorded under *operando* conditions shows the pre-edge persisting [35].").extract();
        assertThat(r.rows(ROW, CLAIM)).containsExactlyInAnyOrder("ATR-SEIRAS|in situ|Cu{100} NCs", "XANES|operando|Co-N3O1/C",
                "EXAFS|ex situ|Rh1Cu SAA", "XPS|quasi-in situ|Cu/CeO2-x NSs", "XANES|operando|Fe-N4-OH/C");
    }

    @Test
    void theSameMeasurementOnAnotherCatalystIsEvidenceOnItToo() {
        TestReview r = new TestReview("Ag/SnO2-x NRs", "Fe-N2S2/C", "Fe-N4/C").paragraph("Ag/SnO₂₋ₓ NRs couple two oxides [9]. Raman spectra recorded *in situ* show a *NO₂ band that fades "
                + "below −0.4 V; on bare Ag nanorods (Ag NRs) the same measurement is dominated by a *NO band [9].")
                .paragraph("*Operando* ATR-SEIRAS shows *NOH at −0.3 V vs. RHE on Fe–N₂S₂/C; on Fe–N₄/C, in contrast, the same measurement shows only *NO [10].").extract();
        assertThat(r.rows(ROW, CLAIM)).containsExactlyInAnyOrder("Raman|in situ|Ag/SnO2-x NRs", "Raman|in situ|Ag NRs",
                "ATR-SEIRAS|operando|Fe-N2S2/C", "ATR-SEIRAS|operando|Fe-N4/C");
    }

    @Test
    void noModeIsGuessedAndTheWordsOfUseArePartOfTheTechnique() {
        TestReview r = new TestReview("Cu-Mn DAC/NC").paragraph("In Cu–Mn DAC/NC, HAADF-STEM images show pairs 3.0 ± 0.2 Å apart [39]. "
                + "EXAFS fitting finds three N neighbours and a Cu···Mn distance of 3.02 Å. Online DEMS detects m/z = 31 but no m/z = 44.").extract();
        assertThat(r.rows(ROW, CLAIM)).containsExactlyInAnyOrder("HAADF-STEM||Cu-Mn DAC/NC", "EXAFS fitting||Cu-Mn DAC/NC", "online DEMS||Cu-Mn DAC/NC");
        assertThat(r.select("?c a nkg:CharacterizationEvidence ; cito:cites/nkg:referenceNumber ?x")).containsOnly("39");
    }

    @Test
    void generalStatementsAdviceAndCalculationsAreNoEvidence() {
        TestReview r = new TestReview("Ni-Ru DAC/NC").paragraph("Many claims rest on a few techniques [8]. "
                + "X-ray absorption under potential control reports oxidation states averaged over all atoms. "
                + "Vibrational spectroscopy identifies adsorbates but rarely the site that holds them.")
                .paragraph("Future work on Ni–Ru DAC/NC should use operando XAS [40]. DFT calculations on Ni–Ru DAC/NC revealed a low barrier [40].").extract();
        assertThat(r.select("?x a nkg:CharacterizationEvidence")).isEmpty();
    }

    @Test
    void aComparedCatalystIsNotTheOneMeasured() {
        TestReview r = new TestReview("WO3-x NRs").paragraph("Tungsten suboxide nanorods (WO₃₋ₓ NRs) differ [27]. "
                + "*Ex situ* EPR of the powder gives a signal at g = 2.003 that is absent for stoichiometric WO₃.").extract();
        assertThat(r.rows(ROW, CLAIM)).containsExactly("EPR|ex situ|WO3-x NRs");
    }

    @Test
    void anAcronymDefinedAfterTheTechniqueAndAModeBeforeTwoWords() {
        TestReview r = new TestReview("t-Au NFs", "SnO2-x NFs").paragraph("Strained gold nanoframes (t-Au NFs) were made [15]. "
                + "That the strain survives was shown by operando grazing-incidence X-ray diffraction (GIXRD), in which the reflection remained shifted by 0.42°.")
                .paragraph("In SnO₂₋ₓ nanoflowers (SnO₂₋ₓ NFs) vacancies form [20]. *Ex situ* O 1s XPS adds a vacancy-related component at 531.2 eV.").extract();
        assertThat(r.rows(ROW, CLAIM)).containsExactlyInAnyOrder("GIXRD|operando|t-Au NFs", "XPS|ex situ|SnO2-x NFs");
    }
}
