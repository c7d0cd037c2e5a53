package org.nitratekg.loader.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FootnoteMarksTest {
    @Test
    void dropsMarksAtTheEndOfACell() {
        assertThat(FootnoteMarks.strip("95.1 ^{b}")).isEqualTo("95.1");
        assertThat(FootnoteMarks.strip("1.1 mg h^{−1} cm^{−2} ^{b}")).isEqualTo("1.1 mg h^{−1} cm^{−2}");
        assertThat(FootnoteMarks.strip("88^{*}")).isEqualTo("88");
        assertThat(FootnoteMarks.strip("Fe/NC †")).isEqualTo("Fe/NC");
        assertThat(FootnoteMarks.strip("2.0 ^{a,} ")).isEqualTo("2.0 ^{a,} ");
    }

    @Test
    void keepsChargesExponentsAndNames() {
        assertThat(FootnoteMarks.strip("Co^{2+}")).isEqualTo("Co^{2+}");
        assertThat(FootnoteMarks.strip("mg h^{−1} cm^{−2}")).isEqualTo("mg h^{−1} cm^{−2}");
        assertThat(FootnoteMarks.strip("Cu^{δ+}")).isEqualTo("Cu^{δ+}");
        assertThat(FootnoteMarks.strip("Fe^{III}–N–C")).isEqualTo("Fe^{III}–N–C");
    }

    @Test
    void marksFollowedBySpaceOrAFinalLineTerminatorAreStillFound() {
        assertThat(FootnoteMarks.strip("2.0 † ")).isEqualTo("2.0");
        assertThat(FootnoteMarks.strip("2.0 †\u0085")).isEqualTo("2.0\u0085");
        assertThat(FootnoteMarks.endsWithMark("95.1 ^{b}\n")).isTrue();
        assertThat(FootnoteMarks.endsWithMark("95.1")).isFalse();
        assertThat(FootnoteMarks.endsWithMark("  ")).isFalse();
    }
}
