package org.nitratekg.queries.gold;

import java.util.Map;

/**
 * One row of a gold file or of a query result, its cells by column name, with where it came from so a missed or
 * unexpected row can be found again.
 */
public record Row(String source, long line, Map<String, String> cells) {

    public Row {
        cells = Map.copyOf(cells);
    }

    /** The cell of a column, empty when the row has no such column. */
    public String get(String column) {
        return cells.getOrDefault(column, "");
    }

    public boolean has(String column) {
        return cells.containsKey(column);
    }
}
