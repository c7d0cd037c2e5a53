package org.nitratekg.queries.gold;

import java.util.ArrayList;
import java.util.List;

import org.nitratekg.queries.gold.KindScore.MatchedRow;

/**
 * Scores a named query's result against a gold file of the same kind. Matching is one-to-one and greedy: gold rows are
 * taken in file order, and each takes the first unmatched result row whose key fields all agree, preferring among
 * those the one that also agrees on most attributes. A gold row is matched at most once and so is a result row, so a
 * fact the query returns twice counts once as found and once as unexpected.
 */
public final class GoldScorer {
    private GoldScorer() {}

    public static KindScore score(GoldKind kind, CsvRows gold, CsvRows results) {
        for (Field key : kind.keys()) {
            for (String column : key.columns()) {
                if (!gold.hasColumn(column)) {
                    throw new GoldFormatException(gold.source(), 1, "a header with the column " + column
                            + " (the key columns of " + kind.goldFile() + " are " + keyColumns(kind) + ")");
                }
            }
        }
        List<Row> found = results.rows().stream().map(kind::fromQuery).toList();
        List<Field> attributes = kind.attributes().stream()
                .filter(f -> f.columns().stream().allMatch(gold::hasColumn)).toList();

        List<MatchedRow> matched = new ArrayList<>();
        List<Row> missed = new ArrayList<>();
        boolean[] taken = new boolean[found.size()];
        for (Row goldRow : gold.rows()) {
            int best = bestMatch(kind, attributes, goldRow, found, taken);
            if (best < 0) {
                missed.add(goldRow);
            } else {
                taken[best] = true;
                matched.add(new MatchedRow(goldRow, found.get(best)));
            }
        }
        List<Row> unexpected = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            if (!taken[i]) {
                unexpected.add(found.get(i));
            }
        }
        List<String> notes = new ArrayList<>();
        for (String column : kind.queryColumnsRead()) {
            if (!results.hasColumn(column)) {
                notes.add("the result has no column " + column);
            }
        }
        return new KindScore(kind, gold.rows().size(), found.size(), matched, missed, unexpected,
                agreement(attributes, matched), notes);
    }

    private static int bestMatch(GoldKind kind, List<Field> attributes, Row goldRow, List<Row> found, boolean[] taken) {
        int best = -1;
        int bestAgreeing = -1;
        for (int i = 0; i < found.size(); i++) {
            Row candidate = found.get(i);
            if (taken[i] || !kind.keys().stream().allMatch(k -> k.agree(goldRow, candidate))) {
                continue;
            }
            int agreeing = (int) attributes.stream().filter(a -> a.agree(goldRow, candidate)).count();
            if (agreeing > bestAgreeing) {
                best = i;
                bestAgreeing = agreeing;
            }
        }
        return best;
    }

    private static List<AttributeAgreement> agreement(List<Field> attributes, List<MatchedRow> matched) {
        List<AttributeAgreement> out = new ArrayList<>();
        for (Field attribute : attributes) {
            int agreed = (int) matched.stream().filter(m -> attribute.agree(m.gold(), m.found())).count();
            out.add(new AttributeAgreement(attribute.label(), agreed, matched.size()));
        }
        return out;
    }

    private static String keyColumns(GoldKind kind) {
        List<String> columns = new ArrayList<>();
        kind.keys().forEach(f -> columns.addAll(f.columns()));
        return String.join(", ", columns);
    }
}
