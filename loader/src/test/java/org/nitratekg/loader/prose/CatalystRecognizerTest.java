package org.nitratekg.loader.prose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CatalystRecognizerTest {
    private final CatalystRecognizer recognizer = new CatalystRecognizer(List.of("NiCo2O4-x NWs", "Co–$\\text{N}_3\\text{O}_1$/C", "Ru4/NC", "Rh1Cu SAA"));

    private List<String> names(String sentence) {
        return recognizer.find(PlainText.of(sentence)).stream().map(CatalystMention::name).toList();
    }

    @Test
    void tableCatalystsAreFoundByTheirNameOrTheirFormula() {
        assertThat(names("In NiCo₂O₄₋ₓ nanowires and on Co–N₃O₁/C, as on Co-N3O1/C")).containsExactly("NiCo2O4-x NWs", "Co–$\\text{N}_3\\text{O}_1$/C", "Co–$\\text{N}_3\\text{O}_1$/C");
        assertThat(names("tetrahedral Ru₄ anchored to N, and Rh₁Cu came out on top")).containsExactly("Ru4/NC", "Rh1Cu SAA");
    }

    @Test
    void otherFormulasWithACatalyticMetalAndACompositionAreCatalysts() {
        assertThat(names("FE rises from 46.8% on WO₃ to 91%, and Co–N₄/G, Cu₂O{100} cubes and Ce-doped Co3O4 follow")).containsExactly("WO3", "Co-N4/G", "Cu2O{100} cubes", "Ce-doped Co3O4");
        assertThat(names("CuPd intermetallic nanocubes display it")).containsExactly("CuPd");
    }

    @Test
    void hydroxidesWithAShapeAndMetalPairsWrittenAsDualAtomCatalystsAreCatalysts() {
        assertThat(names("from 238 µmol h⁻¹ cm⁻² for Ni(OH)₂ NSs to more")).containsExactly("Ni(OH)2 NSs");
        assertThat(names("the third candidate: Fe–Ag DAC/NC gave only 40% FE, while Fe–Ag came second")).containsExactly("Fe-Ag DAC/NC");
    }

    @Test
    void pathsBondsMotifsFacetsIonsAndSaltsAreNot() {
        assertThat(names("a Ni–N path at 1.98 Å, CN(Pt–Pt) = 0.9, the Cu–Cu 2.52 Å shell and Rh–Cu scattering")).isEmpty();
        assertThat(names("a Co–N₄ centre on Cu(100) with Ce³⁺ and W⁵⁺ in 0.5 M K₂SO₄ + 0.1 M KNO₃ or H₂SO₄")).isEmpty();
        assertThat(names("an N₃Cu–O–MnN₃ unit")).isEmpty();
    }

    @Test
    void partsOfANameAreNotCatalystsOfTheirOwn() {
        assertThat(names("a Ni₆@CuFe-LDH catalyst couples Ni₆ clusters and the CuFe-LDH support")).containsExactly("Ni6@CuFe-LDH");
    }

    @Test
    void aReferenceElectrodeWordIsLookedForAtTheEndOfTheTextBeforeAToken() {
        assertThat(CatalystRecognizer.endsWithVersusWord("potential vs. ")).isTrue();
        assertThat(CatalystRecognizer.endsWithVersusWord("measured VS (")).isTrue();
        assertThat(CatalystRecognizer.endsWithVersusWord("relative to ")).isTrue();
        assertThat(CatalystRecognizer.endsWithVersusWord("shown against")).isTrue();
        assertThat(CatalystRecognizer.endsWithVersusWord("versus the ")).isFalse();
        assertThat(CatalystRecognizer.endsWithVersusWord("")).isFalse();
    }
}
