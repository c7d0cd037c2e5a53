package org.nitratekg.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.junit.jupiter.api.Test;
import org.nitratekg.loader.read.SourceReader;

/**
 * The bundled review damaged the ways a hostile tester (or a bad PDF conversion) damages it: each damage must be
 * refused as {@code FILE:LINE: what was expected} at the damaged line, never converted silently or crashed on.
 */
class HostileReviewTextTest {
    private static final String NAME = "review.txt";
    private static final List<String> LINES = List.of(ReviewText.bundled().text().split("\n", -1));

    private static int lineOf(String start) {
        for (int i = 0; i < LINES.size(); i++) {
            if (LINES.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line starts with " + start);
    }

    private static String damaged(UnaryOperator<List<String>> damage) {
        return String.join("\n", damage.apply(new ArrayList<>(LINES)));
    }

    private static Model convert(String text) {
        return new ReviewConverter().convert(new ReviewText(NAME, text));
    }

    private static void assertRefused(String text, int line, String expected) {
        assertThatThrownBy(() -> convert(text)).isInstanceOf(ReviewFormatException.class)
                .hasMessageStartingWith(NAME + ":" + line + ": " + expected);
    }

    private static final int HEADER = lineOf("Catalyst\tPotential");
    private static final int FIRST_ROW = HEADER + 1;

    @Test
    void tableWithoutItsHeaderIsRefusedAtTheRowTakenForIt() {
        String text = damaged(l -> { l.set(HEADER - 1, ""); return l; });
        assertRefused(text, FIRST_ROW, "a header row of column names under 'Table 1.', found a data row");
    }

    @Test
    void rowCutToItsFirstCellIsRefused() {
        int row = FIRST_ROW + 2;
        String text = damaged(l -> { l.set(row - 1, l.get(row - 1).split("\t")[0]); return l; });
        assertRefused(text, row, "5 tab-separated cells as in the header of Table 1, found 1");
    }

    @Test
    void tablePrintedTwiceIsRefusedAtTheFirstRepeatedRow() {
        int caption = lineOf("Table 1.");
        int end = lineOf("Note: In the table above");
        List<String> table = LINES.subList(caption - 1, end - 1);
        String text = damaged(l -> { l.addAll(end - 1, table); return l; });
        int repeatedFirstRow = end + (FIRST_ROW - caption);
        assertRefused(text, repeatedFirstRow, "a row not yet in Table 1, found a repeat of line " + FIRST_ROW);
    }

    @Test
    void controlCharactersAreRefusedWithTheirLine() {
        int paragraph = lineOf("Ammonia is among");
        for (char c : new char[] {'\u0000', '\u0007', '\u001B', '\u000C', '\u007F', '\u0085', '\uFFFF'}) {
            String text = damaged(l -> { l.set(paragraph - 1, "Ammonia " + c + l.get(paragraph - 1)); return l; });
            assertRefused(text, paragraph, "text without control characters, found U+%04X at column 9".formatted((int) c));
        }
    }

    @Test
    void aVeryLongFormulaWordIsConvertedWithoutOverflowingTheStack() {
        int paragraph = lineOf("Ammonia is among");
        for (String word : List.of("Pt" + "Cu2".repeat(1334) + "(111)", "Cu" + "N2O2".repeat(1000))) {
            String text = damaged(l -> { l.set(paragraph - 1, l.get(paragraph - 1) + " " + word + " sites."); return l; });
            assertThat(convert(text).size()).as("%s…", word.substring(0, 12)).isGreaterThan(1000);
        }
    }

    @Test
    void inputsBeyondTheSizeLimitAreRefusedWithAClearMessage() {
        byte[] big = new byte[SourceReader.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertThatThrownBy(() -> SourceReader.decode(NAME, big)).isInstanceOf(ReviewFormatException.class)
                .hasMessage(NAME + ":1: a review text of at most 16 MiB, found a larger input");
        assertThatThrownBy(() -> convert("a".repeat(SourceReader.MAX_BYTES + 1))).isInstanceOf(ReviewFormatException.class)
                .hasMessage(NAME + ":1: a review text of at most 16 MiB, found a larger input");
    }

    @Test
    void citationNumbersTooLargeForAReferenceAreReportedLikeAnyMissingReference() {
        int paragraph = lineOf("Ammonia is among");
        for (String citation : List.of("[99999999999999999999]", "[12345]", "[3,4000000000]", "[1–99999999999]")) {
            String text = damaged(l -> { l.set(paragraph - 1, l.get(paragraph - 1) + " More " + citation + "."); return l; });
            assertThatThrownBy(() -> convert(text)).isInstanceOf(ReviewFormatException.class)
                    .hasMessageStartingWith(NAME + ":" + paragraph + ": a citation of references 1–");
        }
    }

    @Test
    void aBrokenFirstHeadingIsReportedAtItsOwnLine() {
        int heading = lineOf("1. Introduction");
        for (String broken : List.of("1.Introduction", "1 introduction", "1) Introduction")) {
            String text = damaged(l -> { l.set(heading - 1, broken); return l; });
            assertRefused(text, heading, "a first numbered section heading such as '1. Introduction', found '" + broken + "'");
        }
    }

    @Test
    void noLocalPathOfTheInputIsWrittenToTheGraph() {
        Model model = new ReviewConverter().convert(new ReviewText("/home/someone/private/drafts/review.txt",
                ReviewText.bundled().text()));
        List<String> leaks = new ArrayList<>();
        for (Statement s : model.listStatements().toList()) {
            for (RDFNode n : List.of(s.getSubject(), s.getObject())) {
                String value = n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : "";
                if (value.contains("/home/someone") || value.contains("drafts")) {
                    leaks.add(s.toString());
                }
            }
        }
        assertThat(leaks).isEmpty();
        assertThat(model.listStatements(null, org.apache.jena.vocabulary.RDFS.label, "review.txt").toList()).hasSize(1);
    }
}
