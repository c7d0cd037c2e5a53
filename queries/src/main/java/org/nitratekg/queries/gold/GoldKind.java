package org.nitratekg.queries.gold;

import static org.nitratekg.queries.gold.Comparison.CATALYST;
import static org.nitratekg.queries.gold.Comparison.INTERMEDIATE;
import static org.nitratekg.queries.gold.Comparison.NAME;
import static org.nitratekg.queries.gold.Comparison.NUMBER;
import static org.nitratekg.queries.gold.Comparison.REFS;
import static org.nitratekg.queries.gold.Comparison.SECTION;
import static org.nitratekg.queries.gold.Comparison.TECHNIQUE;
import static org.nitratekg.queries.gold.Comparison.UNIT;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The kinds of fact a review's gold lists, each a gold file ({@code table.csv} …) scored against the named query that
 * extracts the same facts. Key fields decide whether a found row is a gold row; attribute fields are only compared
 * between matched rows, so that a right fact with a wrong section still counts as found. Free-text columns (what
 * evidence showed, why a class was given, a condition's wording) are neither: paraphrase is not an error.
 */
public enum GoldKind {
    TABLE("table", "performance-table", List.of(
            Field.of("row", NUMBER), Field.of("catalyst", CATALYST), Field.of("condition_value", NUMBER),
            Field.of("fe_value", NUMBER), Field.of("yield_value", NUMBER), Field.of("yield_unit", UNIT)), List.of(
            Field.of("electrolyte", NAME), Field.of("condition_unit", UNIT), Field.of("condition_ref_electrode", NAME),
            Field.of("fe_plusminus", NUMBER), Field.of("fe_qualifier", NAME), Field.of("yield_plusminus", NUMBER),
            Field.of("ref", REFS)), ""),
    REFERENCES("references", "references", List.of(
            Field.of("number", NUMBER), Field.of("first_author_surname", NAME), Field.of("year", NUMBER)), List.of(
            Field.of("journal", NAME), Field.of("volume", NAME), Field.of("first_page_or_article", NAME),
            Field.of("title", NAME)), ""),
    SCALING("scaling", "scaling-relation-claims", List.of(
            Field.of("subject", CATALYST), Field.unorderedPair("intermediates", "intermediate_a", "intermediate_b", INTERMEDIATE),
            Field.of("breaks", NAME)), List.of(
            Field.of("subject_kind", NAME), Field.of("section", SECTION), Field.of("refs", REFS)), "") {
        /** The query says true/false in {@code breaks} and marks a hedged claim in {@code hedged}; gold has one status. */
        @Override
        Row fromQuery(Row result) {
            Row row = super.fromQuery(result);
            if (!result.get("hedged").strip().toLowerCase(Locale.ROOT).equals("true")) {
                return row;
            }
            Map<String, String> cells = new LinkedHashMap<>(row.cells());
            cells.put("breaks", "hedged");
            return new Row(row.source(), row.line(), cells);
        }

        @Override
        Set<String> queryColumnsRead() {
            Set<String> columns = new LinkedHashSet<>(super.queryColumnsRead());
            columns.add("hedged");
            return columns;
        }
    },
    RDS("rds", "rate-determining-steps", List.of(
            Field.of("catalyst", CATALYST), Field.of("rds_from", INTERMEDIATE), Field.of("rds_to", INTERMEDIATE)), List.of(
            Field.of("shifted_from", INTERMEDIATE), Field.of("shifted_to", INTERMEDIATE), Field.of("section", SECTION),
            Field.of("refs", REFS)), "condition"),
    EVIDENCE("evidence", "characterization-evidence", List.of(
            Field.of("technique", TECHNIQUE), Field.of("mode", NAME), Field.of("catalyst", CATALYST)), List.of(
            Field.of("section", SECTION), Field.of("refs", REFS)), "shows"),
    COORDINATION("coordination", "coordination", List.of(
            Field.of("catalyst", CATALYST), Field.of("central_atoms", NAME), Field.of("coordinating_atoms", NAME),
            Field.of("coordination_number", NUMBER)), List.of(
            Field.of("motif", CATALYST), Field.of("axial_ligand", NAME), Field.of("distance_angstrom", NUMBER),
            Field.of("section", SECTION)), ""),
    CLASSES("classes", "catalyst-classes", List.of(
            Field.of("catalyst", CATALYST), Field.of("class", NAME)), List.of(
            Field.of("row", NUMBER)), "why"),
    PROSE_PERFORMANCE("prose_performance", "prose-performance", List.of(
            Field.of("catalyst", CATALYST), Field.of("metric", NAME), Field.of("value", NUMBER)), List.of(
            Field.of("qualifier", NAME), Field.of("value_max", NUMBER), Field.of("unit", UNIT),
            Field.of("section", SECTION), Field.of("refs", REFS)), "condition"),
    SCREENING("screening", "screening", List.of(
            Field.of("best", CATALYST), Field.of("candidates", NUMBER)), List.of(
            Field.of("limiting_potential_V", NUMBER), Field.of("mae", NAME), Field.of("section", SECTION),
            Field.of("refs", REFS)), "descriptor");

    /** Gold column name to query column name, where the two differ. */
    private static final Map<String, String> QUERY_COLUMN_OF = Map.of(
            "shows", "observation", "why", "reason", "limiting_potential_V", "limiting_potential");

    private final String kindName;
    private final String queryName;
    private final List<Field> keys;
    private final List<Field> attributes;
    private final String context;

    /** {@code context} is a free-text column shown beside a missed or unexpected row to say which statement it is. */
    GoldKind(String name, String queryName, List<Field> keys, List<Field> attributes, String context) {
        this.kindName = name;
        this.queryName = queryName;
        this.keys = keys;
        this.attributes = attributes;
        this.context = context;
    }

    /** The name of the kind, which is also the gold file's name without {@code .csv}. */
    public String kindName() {
        return kindName;
    }

    public String goldFile() {
        return kindName + ".csv";
    }

    public String queryName() {
        return queryName;
    }

    List<Field> keys() {
        return keys;
    }

    List<Field> attributes() {
        return attributes;
    }

    /** The free-text column that identifies a row to a reader, or "" for a kind whose keys say enough. */
    String contextColumn() {
        return context;
    }

    /** The kind named by its gold file's name ({@code rds}, {@code rds.csv}) or by its query ({@code rate-determining-steps}). */
    public static Optional<GoldKind> named(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT).replaceFirst("\\.csv$", "");
        for (GoldKind kind : values()) {
            if (kind.kindName.equals(wanted) || kind.queryName.equals(wanted)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** A query result row under the gold file's column names (the leading {@code review} column is not compared). */
    Row fromQuery(Row result) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (Field field : fields()) {
            for (String column : field.columns()) {
                cells.put(column, result.get(queryColumn(column)));
            }
        }
        if (!context.isEmpty()) {
            cells.put(context, result.get(queryColumn(context)));
        }
        return new Row(result.source(), result.line(), cells);
    }

    /** The query columns scoring reads; a result without one of them is scored but flagged. */
    Set<String> queryColumnsRead() {
        Set<String> columns = new LinkedHashSet<>();
        fields().forEach(f -> f.columns().forEach(c -> columns.add(queryColumn(c))));
        return columns;
    }

    static String queryColumn(String goldColumn) {
        return QUERY_COLUMN_OF.getOrDefault(goldColumn, goldColumn);
    }

    private List<Field> fields() {
        return Stream.concat(keys.stream(), attributes.stream()).toList();
    }
}
