package org.nitratekg.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nitratekg.loader.ReviewConverter;
import org.nitratekg.loader.ReviewText;
import org.nitratekg.queries.NamedQueries;

/**
 * Every named query gives the same rows from a TDB2 store as from the same review in memory: the stores TDB2 plans
 * differently (it reorders patterns, joins by index), and a query that answers in memory once failed on every store.
 * Numbers are compared by value, as TDB2 keeps a decimal's value, not its printed form ({@code 94} comes back as
 * {@code 94.0}, {@code -0.50} as {@code -0.5}).
 */
class NamedQueriesOnStoreTest {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+\\.\\d+|-?\\d+");

    @TempDir
    static Path dir;
    private static DatasetGraph memory;
    private static DatasetGraph store;

    @BeforeAll
    static void loadTheBundledReviewBothWays() {
        Model review = new ReviewConverter().convert(ReviewText.bundled());
        memory = NkgDatasets.inMemory();
        new StoreLoader(memory, ProgressListener.NONE).load(List.of(review).iterator(), 1);
        store = NkgDatasets.store(dir.resolve("store"));
        new StoreLoader(store, ProgressListener.NONE).load(List.of(review).iterator(), 1);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static Stream<String> names() {
        return NamedQueries.names().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void answersFromTheStoreAsInMemory(String name) {
        String query = NamedQueries.text(name).orElseThrow();
        List<String> fromMemory = rows(memory, query);
        assertThat(rows(store, query)).as(name).containsExactlyInAnyOrderElementsOf(fromMemory);
    }

    private static List<String> rows(DatasetGraph dataset, String query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.create().query(query).dataset(DatasetFactory.wrap(dataset)).build()) {
                List<String> rows = new ArrayList<>();
                ResultSet results = qe.execSelect();
                List<String> columns = results.getResultVars();
                while (results.hasNext()) {
                    QuerySolution row = results.next();
                    StringBuilder line = new StringBuilder();
                    for (String column : columns) {
                        RDFNode value = row.get(column);
                        line.append(value == null ? "" : byValue(value.isLiteral() ? value.asLiteral().getLexicalForm()
                                : value.toString())).append(" | ");
                    }
                    rows.add(line.toString());
                }
                return rows;
            }
        });
    }

    /** The text with every decimal number written in its shortest form. */
    private static String byValue(String text) {
        Matcher number = NUMBER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (number.find()) {
            String shortest = new BigDecimal(number.group()).stripTrailingZeros().toPlainString();
            number.appendReplacement(out, Matcher.quoteReplacement(shortest));
        }
        return number.appendTail(out).toString();
    }
}
