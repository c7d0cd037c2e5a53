package org.nitratekg.queries.gold;

import java.util.List;

/**
 * The score of one kind: how many gold rows the query found (recall) and how many found rows are gold (precision),
 * with the rows on either side that did not match, and attribute agreement among the matched pairs.
 *
 * @param notes problems with the result itself, such as a column the query does not have
 */
public record KindScore(GoldKind kind, int gold, int found, List<MatchedRow> matched, List<Row> missed,
        List<Row> unexpected, List<AttributeAgreement> attributes, List<String> notes) {

    public KindScore {
        matched = List.copyOf(matched);
        missed = List.copyOf(missed);
        unexpected = List.copyOf(unexpected);
        attributes = List.copyOf(attributes);
        notes = List.copyOf(notes);
    }

    /** A gold row and the result row matched to it. */
    public record MatchedRow(Row gold, Row found) {}

    /** Matched over gold rows; 1 when the gold has no rows, since nothing was there to miss. */
    public double recall() {
        return gold == 0 ? 1.0 : (double) matched.size() / gold;
    }

    /**
     * Matched over found rows. With nothing found it is 1 only if nothing was to be found: a query that returns no
     * rows for a kind the gold fills has failed, and calling its precision undefined would let a floor pass.
     */
    public double precision() {
        if (found == 0) {
            return gold == 0 ? 1.0 : 0.0;
        }
        return (double) matched.size() / found;
    }
}
