package org.nitratekg.loader.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nitratekg.loader.read.SourceLine;

class HeadingRecognizerTest {

    @Test
    void numbersMustContinueTheSequence() {
        assertThat(HeadingRecognizer.follows(null, "1")).isTrue();
        assertThat(HeadingRecognizer.follows(null, "2")).isFalse();
        assertThat(HeadingRecognizer.follows("2", "2.1")).isTrue();
        assertThat(HeadingRecognizer.follows("2.1", "2.2")).isTrue();
        assertThat(HeadingRecognizer.follows("2.1.3", "3")).isTrue();
        assertThat(HeadingRecognizer.follows("2.3", "3.1")).isTrue();
        assertThat(HeadingRecognizer.follows("2.3", "2.5")).isFalse();
        assertThat(HeadingRecognizer.follows("2.3", "1")).isFalse();
        assertThat(HeadingRecognizer.follows("2.3", "3.2")).isFalse();
    }

    @Test
    void aNumberedListItemInTheProseIsNotAHeading() {
        HeadingRecognizer r = new HeadingRecognizer();
        assertThat(r.numberedHeading(new SourceLine(1, 0, "1. Introduction"))).isEqualTo("1");
        assertThat(r.numberedHeading(new SourceLine(2, 0, "1. The first point is the density."))).isNull();
        assertThat(r.numberedHeading(new SourceLine(3, 0, "2. Mechanism of NO₃RR"))).isEqualTo("2");
        assertThat(r.numberedHeading(new SourceLine(4, 0, "2.1. Indirect Pathways"))).isEqualTo("2.1");
        assertThat(r.numberedHeading(new SourceLine(5, 0, "7. Outlook"))).isNull();
    }
}
