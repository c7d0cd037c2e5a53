package org.nitratekg.queries.gold;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A column of a kind (or, for an intermediate pair, two columns read as one unordered value) and how its values are
 * compared. Column names are the gold file's.
 */
record Field(String label, List<String> columns, Comparison comparison, boolean unordered) {

    Field {
        columns = List.copyOf(columns);
    }

    static Field of(String column, Comparison comparison) {
        return new Field(column, List.of(column), comparison, false);
    }

    /** Two columns whose values may come in either order, such as the two intermediates of a scaling relation. */
    static Field unorderedPair(String label, String first, String second, Comparison comparison) {
        return new Field(label, List.of(first, second), comparison, true);
    }

    boolean agree(Row gold, Row found) {
        if (columns.size() == 1) {
            return comparison.agree(gold.get(columns.getFirst()), found.get(columns.getFirst()));
        }
        if (inOrder(gold, found, 0, 1)) {
            return true;
        }
        return unordered && inOrder(gold, found, 1, 0);
    }

    private boolean inOrder(Row gold, Row found, int firstOfFound, int secondOfFound) {
        return comparison.agree(gold.get(columns.get(0)), found.get(columns.get(firstOfFound)))
                && comparison.agree(gold.get(columns.get(1)), found.get(columns.get(secondOfFound)));
    }

    /** The value as printed in a row, the two halves of a pair joined by {@code /}. */
    String valueIn(Row row) {
        return columns.stream().map(row::get).collect(Collectors.joining("/"));
    }
}
