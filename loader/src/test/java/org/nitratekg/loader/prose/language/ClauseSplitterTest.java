package org.nitratekg.loader.prose.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClauseSplitterTest {

    private static List<String> clauses(String s) {
        return ClauseSplitter.split(s).stream().map(c -> c.span().of(s).strip()).toList();
    }

    @Test
    void semicolonsColonsAndConjunctionsSplitCommasAloneDoNot() {
        String s = "On WO3 adsorption limits the rate; on WO3-x, W5+ sites bind nitrate: the RDS moves, because vacancies help.";
        assertThat(clauses(s)).containsExactly("On WO3 adsorption limits the rate", "on WO3-x, W5+ sites bind nitrate",
                "the RDS moves", "vacancies help.");
        assertThat(ClauseSplitter.split(s)).extracting(Clause::link)
                .containsExactly(Clause.Link.START, Clause.Link.CONTRAST, Clause.Link.CONTINUATION, Clause.Link.CONTINUATION);
    }

    @Test
    void whileAndWhereasOpenAContrastButNothingInsideBracketsSplits() {
        String s = "Mn binds *NO (while Cu; not here) while the adjacent Cu handles *H, whereas Ru does neither.";
        assertThat(clauses(s)).containsExactly("Mn binds *NO (while Cu; not here)", "the adjacent Cu handles *H", "Ru does neither.");
    }

    @Test
    void aCommaSetOffHedgeStaysInItsClause() {
        String s = "Tentatively, with the caveat that one model was computed, the nanowires break the scaling [26].";
        assertThat(clauses(s)).containsExactly(s);
    }
}
