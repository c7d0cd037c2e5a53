package org.nitratekg.loader.prose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nitratekg.ontology.NKG;

/** The lexicon is read from the ontology's labels, and the longest, properly bounded spelling wins. */
class LexiconTest {
    private static final Lexicon LEXICON = Lexicon.fromOntology();

    @Test
    void intermediatesAreBoundedByTheirFormula() {
        assertThat(LEXICON.terms("*NO2 then *NO, *NOH and *H", NKG.Intermediate))
                .containsExactly(NKG.AdsorbedNO2, NKG.AdsorbedNO, NKG.AdsorbedNOH, NKG.AdsorbedH);
        assertThat(LEXICON.terms("NO3RR and NO2 gas", NKG.Intermediate)).isEmpty();
    }

    @Test
    void techniquesPreferTheLongestNameAndAcronymsAreCaseSensitive() {
        assertThat(LEXICON.terms("in situ attenuated total reflection Fourier transform infrared spectroscopy", NKG.CharacterizationTechnique))
                .containsExactly(NKG.ATR_FTIR);
        assertThat(LEXICON.terms("operando XAS and Raman spectra, not the word xas", NKG.CharacterizationTechnique))
                .containsExactly(NKG.XAS, NKG.RamanSpectroscopy);
        assertThat(LEXICON.terms("an operando study and an in-situ one", NKG.CharacterizationMode)).containsExactly(NKG.Operando, NKG.InSitu);
    }

    @Test
    void strategiesAndPathwaysComeFromLabelsAndSynonyms() {
        assertThat(LEXICON.terms("defect engineering with strain modulation", NKG.DesignStrategy))
                .containsExactly(NKG.DefectEngineering, NKG.StrainEngineering);
        assertThat(LEXICON.terms("the Hads-mediated pathway competes with the HER", NKG.ReactionPathway, NKG.CompetingReaction))
                .containsExactly(NKG.HydrogenMediatedPathway, NKG.HydrogenEvolution);
    }
}
