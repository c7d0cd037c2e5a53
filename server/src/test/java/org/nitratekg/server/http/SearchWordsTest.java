package org.nitratekg.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.junit.jupiter.api.Test;

class SearchWordsTest {
    static void parses(String lucene) throws Exception {
        new QueryParser("text", new StandardAnalyzer()).parse(lucene);
    }

    @Test
    void plainWordsAreEscapedSoNothingTypedIsASyntaxError() throws Exception {
        assertThat(SearchWords.of("\\ ?").isEmpty()).isTrue();
        for (String typed : new String[] {"Cu/Cu2O", "*NO", "Cu-N3", "a:b", "(x", "fe [12]", "50% ~ yes?", "AND"}) {
            SearchWords w = SearchWords.of(typed);
            parses(w.escaped());
            if (!w.explicit()) {
                parses(w.lucene());
            }
        }
        assertThat(SearchWords.of("Cu/Cu2O").lucene()).isEqualTo("Cu\\/Cu2O");
        assertThat(SearchWords.of("*NO").lucene()).isEqualTo("\\*NO");
    }

    @Test
    void severalWordsRankHitsWithAllOfThemFirstAndKeepHitsWithSome() {
        assertThat(SearchWords.of("operando XAS").lucene()).isEqualTo("(operando AND XAS)^4 OR operando OR XAS");
        assertThat(SearchWords.of("CuN₃ – site").lucene()).isEqualTo("(CuN3 AND site)^4 OR CuN3 OR site");
    }

    @Test
    void explicitOperatorsArePassedOn() {
        SearchWords w = SearchWords.of("operando AND XAS");
        assertThat(w.explicit()).isTrue();
        assertThat(w.lucene()).isEqualTo("operando AND XAS");
        assertThat(SearchWords.of("\"scaling relation\"").explicit()).isTrue();
        assertThat(SearchWords.of("Cu-N3").explicit()).isFalse();
    }

    @Test
    void aNumericFePhraseIsReadAsAFilter() {
        assertThat(SearchWords.of("FE above 95").feAtLeast()).contains("95");
        assertThat(SearchWords.of("faradaic efficiency of at least 90.5%").feAtLeast()).contains("90.5");
        assertThat(SearchWords.of("FE ≥ 80").feAtLeast()).contains("80");
        assertThat(SearchWords.of("Fe-N4 sites").feAtLeast()).isEmpty();
    }
}
