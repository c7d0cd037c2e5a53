package org.nitratekg.server.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class ChemistryAnalyzerTest {

    static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void spellingsOfAMotifMeetOnOneQueryTerm() throws IOException {
        Analyzer query = ChemistryAnalyzer.forQueries();
        for (String spelling : List.of("Cu-N3", "CuN3", "CuN₃", "Cu–N₃", "Cu—N3", "Cu−N3", "cu-n3", "Cu-N_3")) {
            assertThat(tokens(query, spelling)).as(spelling).containsExactly("cun3");
        }
    }

    @Test
    void indexKeepsTheJoinedTermAndItsParts() throws IOException {
        assertThat(tokens(ChemistryAnalyzer.forIndexing(), "the RuN₂–CuN₃ sites"))
                .containsExactly("the", "run2cun3", "run2", "cun3", "site");
    }

    @Test
    void queriesDoNotSplitHyphenatedNames() throws IOException {
        assertThat(tokens(ChemistryAnalyzer.forQueries(), "Fe-N-C")).containsExactly("fenc");
    }

    @Test
    void pluralsOfWordsFoldButAcronymsAndFormulasStay() throws IOException {
        Analyzer a = ChemistryAnalyzer.forQueries();
        assertThat(tokens(a, "scaling relations")).containsExactly("scaling", "relation");
        assertThat(tokens(a, "vacancies")).containsExactly("vacancy");
        assertThat(tokens(a, "operando XAS")).containsExactly("operando", "xas");
        assertThat(tokens(a, "NOs process")).containsExactly("nos", "process");
    }

    @Test
    void ionChargesAndLatexSubscriptsAreFolded() throws IOException {
        Analyzer a = ChemistryAnalyzer.forQueries();
        assertThat(tokens(a, "NO₃⁻")).containsExactly("no3");
        assertThat(tokens(a, "NO3-")).containsExactly("no3");
        assertThat(tokens(a, "NO_3RR")).containsExactly("no3rr");
        assertThat(tokens(a, "NO₃RR")).containsExactly("no3rr");
    }

    @Test
    void singularRuleIsNarrow() {
        assertThat(PluralFilter.singular("sites")).isEqualTo("site");
        assertThat(PluralFilter.singular("process")).isNull();
        assertThat(PluralFilter.singular("XAS")).isNull();
        assertThat(PluralFilter.singular("analysis")).isNull();
        assertThat(PluralFilter.singular("Relations")).isEqualTo("Relation");
    }
}
