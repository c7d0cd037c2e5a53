package org.nitratekg.loader.prose.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceTest {

    @Test
    void aClauseIsClosedByItsOwnCitationOrByThatOfTheClausesExplainingIt() {
        String text = "Yet Cu90Co10 does not break the scaling: both energies shift, so the alloy falls on the line [22].";
        Sentence s = new Sentence(text, 0);
        assertThat(s.citationsClosing(text.indexOf("break"))).containsExactly(22);
    }

    @Test
    void aContrastingClauseCitesForItselfOnly() {
        String text = "On WO3 adsorption limits the rate; on WO3-x the RDS moves [27].";
        Sentence s = new Sentence(text, 0);
        assertThat(s.citationsClosing(text.indexOf("limits"))).isEmpty();
        assertThat(s.citationsClosing(text.indexOf("moves"))).containsExactly(27);
    }

    @Test
    void citationRangesAndListsAreExpanded() {
        assertThat(CitationMarkers.numbers("see [3,9–11] and [20,27,33] but not NO3[−] or [x]")).containsExactly(3, 9, 10, 11, 20, 27, 33);
        assertThat(CitationMarkers.in("[6–8]")).singleElement().extracting(CitationMarker::numbers).isEqualTo(List.of(6, 7, 8));
    }

    @Test
    void sentencesEndAtAFormulaButNotAfterAnAbbreviation() {
        String text = "The RDS moves to *NO2 → *NO. In situ DEMS detects NO at −0.4 V vs. RHE. Fig. 2 shows it.";
        assertThat(SentenceSplitter.split(text)).extracting(span -> span.of(text))
                .containsExactly("The RDS moves to *NO2 → *NO.", "In situ DEMS detects NO at −0.4 V vs. RHE.", "Fig. 2 shows it.");
    }
}
