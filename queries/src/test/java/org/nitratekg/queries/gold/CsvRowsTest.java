package org.nitratekg.queries.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

class CsvRowsTest {

    private static CsvRows read(String text) {
        return CsvRows.read("gold/x.csv", new StringReader(text));
    }

    @Test
    void rowsKeepTheLineTheyStartOn() {
        CsvRows rows = read("a,b\n1,\"two\nlines\"\n\n3,\"x, y\"\n");
        assertThat(rows.header()).containsExactly("a", "b");
        assertThat(rows.rows()).extracting(Row::line).containsExactly(2L, 5L);
        assertThat(rows.rows().get(0).get("b")).isEqualTo("two\nlines");
        assertThat(rows.rows().get(1).get("b")).isEqualTo("x, y");
        assertThat(rows.rows().get(1).get("missing")).isEmpty();
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsRefusedWithItsLine() {
        assertThatThrownBy(() -> read("a,b\n1,2\n3,4,5\n"))
                .isInstanceOf(GoldFormatException.class)
                .hasMessage("gold/x.csv:3: 2 fields as in the header, found 3");
    }

    @Test
    void anUnclosedQuoteIsRefused() {
        assertThatThrownBy(() -> read("a,b\n1,\"open\n"))
                .isInstanceOf(GoldFormatException.class)
                .hasMessage("gold/x.csv:2: well-formed CSV (EOF reached before encapsulated token finished)");
    }

    @Test
    void anEmptyFileHasNoHeader() {
        assertThatThrownBy(() -> read(""))
                .isInstanceOf(GoldFormatException.class)
                .hasMessage("gold/x.csv:1: a header row of column names, found an empty file");
    }
}
