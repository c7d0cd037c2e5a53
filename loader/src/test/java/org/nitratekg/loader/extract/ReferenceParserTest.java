package org.nitratekg.loader.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferenceParserTest {

    @Test
    void readsAllFieldsOfAnEntry() {
        ParsedReference r = ReferenceParser.parse(33, "Li, J.; Zhan, G.; Yang, J.; et al. Efficient ammonia "
                + "electrosynthesis from nitrate on strained ruthenium nanoclusters. *J. Am. Chem. Soc.* **2020**, "
                + "*142*, 15, 7036–7046.");
        assertThat(r.firstAuthorSurname()).isEqualTo("Li");
        assertThat(r.authors()).containsExactly("Li, J.", "Zhan, G.", "Yang, J.");
        assertThat(r.title()).isEqualTo("Efficient ammonia electrosynthesis from nitrate on strained ruthenium nanoclusters");
        assertThat(r.journal()).isEqualTo("J. Am. Chem. Soc.");
        assertThat(r.year()).isEqualTo("2020");
        assertThat(r.volume()).isEqualTo("142");
        assertThat(r.issue()).isEqualTo("15");
        assertThat(r.firstPage()).isEqualTo("7036");
        assertThat(r.lastPage()).isEqualTo("7046");
        assertThat(r.doi()).isNull();
    }

    @Test
    void readsArticleNumbersMissingVolumesEmphasisAndDois() {
        ParsedReference r = ReferenceParser.parse(5, "Gao, R.; Zhang, J. *In situ* reconstruction of Ni@Ni₂P. "
                + "*Angew. Chem. Int. Ed.* **2025**, 2505948. <https://doi.org/10.1002/anie.202505948>.");
        assertThat(r.title()).isEqualTo("In situ reconstruction of Ni@Ni₂P");
        assertThat(r.volume()).isNull();
        assertThat(r.firstPage()).isEqualTo("2505948");
        assertThat(r.doi()).isEqualTo("10.1002/anie.202505948");
    }

    @Test
    void readsAuthorListsJoinedWithAnd() {
        ParsedReference r = ReferenceParser.parse(2, "Ham, C.; Koper, M. and Hetterscheid, D. Challenges in reduction "
                + "of dinitrogen. *Chem. Soc. Rev.* **2014**, *43*, 5183–5191.");
        assertThat(r.authors()).containsExactly("Ham, C.", "Koper, M.", "Hetterscheid, D.");
        assertThat(r.title()).isEqualTo("Challenges in reduction of dinitrogen");
    }

    @Test
    void readsAnIssueInParentheses() {
        ParsedReference r = ReferenceParser.parse(2, "Zhang, Z.; Sun, Z. Rational design. *eChem* **2025**, *1* (1), 2.");
        assertThat(r.volume()).isEqualTo("1");
        assertThat(r.issue()).isEqualTo("1");
        assertThat(r.firstPage()).isEqualTo("2");
        assertThat(r.journal()).isEqualTo("eChem");
    }

    @Test
    void readsAYearPrintedInParentheses() {
        ParsedReference bold = ReferenceParser.parse(3, "Fryzuk, M. Ammonia transformed. *Nature* **(2004)**, *427*, 498–499.");
        ParsedReference plain = ReferenceParser.parse(4, "Guo, J.; Chen, P. NH₃ as an energy carrier. *Chem* (2017), *3*, 709–712.");
        assertThat(bold.year()).isEqualTo("2004");
        assertThat(bold.journal()).isEqualTo("Nature");
        assertThat(bold.volume()).isEqualTo("427");
        assertThat(bold.firstPage()).isEqualTo("498");
        assertThat(plain.year()).isEqualTo("2017");
        assertThat(plain.title()).isEqualTo("NH₃ as an energy carrier");
        assertThat(plain.lastPage()).isEqualTo("712");
    }

    @Test
    void readsAnAuthorWithASuffixAndGivesNoTitleWhenTheAuthorsCannotBeRead() {
        ParsedReference suffix = ReferenceParser.parse(3, "Epsilon, E.; Smith, J., Jr. Nickel copper alloys. "
                + "*Test Lett.* **2022**, *7*, e2200123.");
        ParsedReference unreadable = ReferenceParser.parse(4, "The Test Consortium, Nickel copper alloys. "
                + "*Test Lett.* **2022**, *7*, e2200123.");
        assertThat(suffix.title()).isEqualTo("Nickel copper alloys");
        assertThat(suffix.authors()).containsExactly("Epsilon, E.", "Smith, J., Jr.");
        assertThat(unreadable.title()).isNull();
        assertThat(unreadable.journal()).isEqualTo("Test Lett.");
    }

    @Test
    void readsAnArticleInPress() {
        ParsedReference r = ReferenceParser.parse(4, "Zeta, Z. Iron, nitrogen, and carbon. *Adv. Test* **2023**, in press.");
        assertThat(r.title()).isEqualTo("Iron, nitrogen, and carbon");
        assertThat(r.journal()).isEqualTo("Adv. Test");
        assertThat(r.year()).isEqualTo("2023");
        assertThat(r.firstPage()).isNull();
    }

    @Test
    void anEntryInAnotherStyleKeepsWhatCanBeRead() {
        ParsedReference r = ReferenceParser.parse(9, "Smith, A. Some report, Publisher (2019).");
        assertThat(r.firstAuthorSurname()).isEqualTo("Smith");
        assertThat(r.year()).isEqualTo("2019");
        assertThat(r.journal()).isNull();
    }
}
