package org.nitratekg.loader.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CitationParserTest {

    @Test
    void expandsSinglesListsAndRanges() {
        assertThat(CitationParser.numbers("as shown [12].")).containsExactly(12);
        assertThat(CitationParser.numbers("[12,13]")).containsExactly(12, 13);
        assertThat(CitationParser.numbers("[12–15]")).containsExactly(12, 13, 14, 15);
        assertThat(CitationParser.numbers("[2,5–7,60]")).containsExactly(2, 5, 6, 7, 60);
        assertThat(CitationParser.numbers("[3, 4] and again [4]")).containsExactly(3, 4);
    }

    @Test
    void ignoresBracketsThatAreNotCitations() {
        assertThat(CitationParser.numbers("NO₃[−] and Zhang [†] and [a]")).isEmpty();
    }

    @Test
    void recordsWhereEachCitationIsPrinted() {
        var found = CitationParser.find("x [1] y [2–3]");
        assertThat(found).hasSize(2);
        assertThat(found.get(1).start()).isEqualTo(8);
        assertThat(found.get(1).end()).isEqualTo(13);
    }
}
