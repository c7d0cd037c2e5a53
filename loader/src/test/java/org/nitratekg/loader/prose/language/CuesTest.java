package org.nitratekg.loader.prose.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CuesTest {

    private static Cues.Cue hedge(String text, String target) {
        return Cues.hedgeOver(new Sentence(text, 0), text.indexOf(target));
    }

    private static Cues.Cue negation(String text, String target) {
        return Cues.negationOver(new Sentence(text, 0), text.indexOf(target));
    }

    @Test
    void forwardHedgesCoverTheRestOfTheirClause() {
        assertThat(hedge("Fe2-N6/C may partially relax the *NO/*H scaling, since *H prefers the bridge.", "relax").words()).isEqualTo("may");
        assertThat(hedge("It is not yet clear whether Ru4/NC breaks the *N/*NO scaling.", "breaks").words())
                .isEqualToIgnoringCase("it is not yet clear whether");
        assertThat(hedge("X may bind *NO; Y breaks the scaling.", "breaks")).isNull();
    }

    @Test
    void aHedgeOpeningTheSentenceCoversTheClausesThatContinueIt() {
        String s = "Tentatively, and with the caveat that only one slab was computed, the nanowires break the scaling [26].";
        assertThat(hedge(s, "break the").words()).isEqualTo("Tentatively");
    }

    @Test
    void backwardHedgesCoverWhatComesBefore() {
        assertThat(hedge("That CuPd breaks the scaling remains to be confirmed.", "breaks")).isNotNull();
    }

    @Test
    void anAbilityIsNoHedge() {
        assertThat(hedge("Each adsorbate can find its site, and this continuum circumvents the scaling.", "circumvents")).isNull();
    }

    @Test
    void negationCoversOnlyTheShortPhraseAfterIt() {
        assertThat(negation("Yet Cu90Co10 does not break the *NO2/*NO scaling.", "break").words()).isEqualTo("not");
        String s = "The vacancy-rich spinel, not a reconstructed hydroxide, is the working phase.";
        assertThat(negation(s, "hydroxide")).isNotNull();
        assertThat(negation(s, "working")).isNull();
        assertThat(negation("*NO is hydrogenated rather than coupled.", "coupled").words()).isEqualTo("rather than");
    }

    @Test
    void nitricOxideIsNoNegationAndAHedgePhraseDoesNotNegate() {
        assertThat(negation("The hydrogenation *NO → *NOH is rate-determining.", "rate-determining")).isNull();
        assertThat(negation("It is not yet clear whether Ru4/NC breaks the scaling.", "breaks")).isNull();
    }
}
