package org.nitratekg.loader.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Sentences, citations and catalyst names in text. */
class ClassifierTextTest {

    private static List<String> sentences(String text) {
        return Sentences.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void sentencesDoNotEndAtAbbreviationsOrDecimals() {
        assertThat(sentences("It reached 2.5 V vs. RHE (Fig. 3) as Li et al. showed [4]. Next, e.g. Zn works. 15N NMR helps."))
                .containsExactly("It reached 2.5 V vs. RHE (Fig. 3) as Li et al. showed [4].", "Next, e.g. Zn works.", "15N NMR helps.");
    }

    @Test
    void citationsAreReadOneByOneAndRangesAreLeftOut() {
        assertThat(Sentences.citedOneByOne("as shown [3,5] and [7–9] and [11]")).containsExactly(3, 5, 11);
    }

    @Test
    void namesAreFoundWhateverTheDashesSubscriptsAndSpacing() {
        NameMatcher m = new NameMatcher(List.of("Mn2–N7/C", "ZnO4-x NRs"));
        assertThat(m.occurrences(NameMatcher.fold("In Mn₂–N₇/C and Mn2 - N7 / C, and in ZnO₄₋ₓ nanorods")))
                .extracting(NameMatcher.Occurrence::name).containsExactly("Mn2–N7/C", "Mn2–N7/C", "ZnO4-x NRs");
    }

    @Test
    void aNameInsideALongerNameIsNotFound() {
        NameMatcher m = new NameMatcher(List.of("CoN5", "CoN5 & Co6/C"));
        assertThat(m.occurrences(NameMatcher.fold("NiCoN5 and CoN5/G differ from CoN5 & Co6/C")))
                .extracting(NameMatcher.Occurrence::name).containsExactly("CoN5 & Co6/C");
    }

    @Test
    void aDescriptorIsDroppedOnlyWhenWhatIsLeftIsSpecific() {
        assertThat(NameMatcher.core("ZnO4-x NRs")).isEqualTo("ZnO4-x");
        assertThat(NameMatcher.core("PdAu SAA")).isEqualTo("PdAu");
        assertThat(NameMatcher.core("ISAA Ga–Ptene")).isEqualTo("Ga–Ptene");
        assertThat(NameMatcher.core("Pt NWs")).isNull();
    }
}
