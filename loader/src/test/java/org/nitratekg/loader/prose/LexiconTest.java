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

    @Test
    void theIndexedScanFindsWhatEveryPatternRunOverTheTextFinds() throws java.io.IOException {
        java.util.List<String> texts = new java.util.ArrayList<>(org.nitratekg.loader.ReviewText.bundled().text().lines().toList());
        try (var gold = java.nio.file.Files.walk(java.nio.file.Path.of("src/test/resources/gold"))) {
            for (var f : gold.filter(f -> f.toString().endsWith(".txt")).toList()) {
                texts.addAll(java.nio.file.Files.readAllLines(f));
            }
        }
        texts.add("*NO3 → *NO2, in-situ ATR-FTIR; the HER, Hads-mediated, XAS/xas, Cu–N₃ and operando Raman");
        int mentions = 0;
        for (String text : texts) {
            for (var kinds : java.util.List.of(new org.apache.jena.rdf.model.Resource[0],
                    new org.apache.jena.rdf.model.Resource[] {NKG.Intermediate},
                    new org.apache.jena.rdf.model.Resource[] {NKG.CharacterizationTechnique, NKG.CharacterizationMode})) {
                var expected = LEXICON.findByEveryPattern(text, kinds);
                assertThat(LEXICON.find(text, kinds)).as(text).isEqualTo(expected);
                mentions += expected.size();
            }
        }
        assertThat(mentions).isGreaterThan(1000);
    }
}
