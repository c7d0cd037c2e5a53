package org.nitratekg.queries.gold;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TechniqueMatcherTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "EXAFS fitting | EXAFS",
            "DMPO spin-trapping EPR | EPR",
            "online DEMS | DEMS",
            "Raman | Raman spectroscopy",
            "15N isotope-labelling NMR | NMR",
            "15N isotope-labelling NMR | isotope labelling",
            "STEM-EDS mapping | EDS mapping",
            "HAADF-STEM | STEM",
            "ATR-SEIRAS | SEIRAS",
            "EXAFS | extended X-ray absorption fine structure",
            "XANES | X-ray absorption near-edge structure",
            "XAS | X-ray absorption spectroscopy",
            "XRD | X-ray diffraction",
            "FTIR | Fourier-transform infrared spectroscopy",
            "ATR-SEIRAS | surface-enhanced infrared absorption spectroscopy",
            "HAADF-STEM | high-angle annular dark-field scanning transmission electron microscopy",
            "DEMS | differential electrochemical mass spectrometry",
    })
    void namesOfOneTechniqueMatch(String gold, String found) {
        assertThat(TechniqueMatcher.sameTechnique(gold, found)).as("%s ~ %s", gold, found).isTrue();
        assertThat(TechniqueMatcher.sameTechnique(found, gold)).as("%s ~ %s", found, gold).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "EXAFS | XANES",
            "EXAFS fitting | XAS",
            "XANES | XAS",
            "EXAFS | X-ray absorption near-edge structure",
            "XAS | extended X-ray absorption fine structure",
            "XPS | XAS",
            "EPR | NMR",
            "Raman | FTIR",
            "HAADF-STEM | XPS",
            "ATR-SEIRAS | FTIR",
    })
    void differentTechniquesDoNotMatch(String gold, String found) {
        assertThat(TechniqueMatcher.sameTechnique(gold, found)).as("%s ~ %s", gold, found).isFalse();
        assertThat(TechniqueMatcher.sameTechnique(found, gold)).as("%s ~ %s", found, gold).isFalse();
    }

    @org.junit.jupiter.api.Test
    void isotopesAndWordsForTheRecordAreSetAside() {
        org.assertj.core.api.Assertions.assertThat(TechniqueMatcher.sameTechnique("57Fe Mössbauer", "Mössbauer spectroscopy")).isTrue();
        org.assertj.core.api.Assertions.assertThat(TechniqueMatcher.sameTechnique("Mössbauer spectrum", "Raman spectrum")).isFalse();
    }
}
