package org.nitratekg.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;

/**
 * Runs a named query file on a converted review and compares the result with an expected-results fixture cell for
 * cell; order matters only when the query has an ORDER BY.
 */
final class QueryFixture {

    private QueryFixture() {}

    /** The query's result on the model: the column names, then one list of cell texts per solution. */
    static List<List<String>> run(Model model, Path queryFile) throws IOException {
        Query query = QueryFactory.create(Files.readString(queryFile, StandardCharsets.UTF_8));
        List<List<String>> table = new ArrayList<>();
        try (QueryExecution exec = QueryExecution.model(model).query(query).build()) {
            ResultSet results = exec.execSelect();
            List<String> vars = results.getResultVars();
            table.add(vars);
            while (results.hasNext()) {
                QuerySolution s = results.next();
                List<String> row = new ArrayList<>();
                for (String v : vars) {
                    row.add(text(s.get(v)));
                }
                table.add(row);
            }
        }
        return table;
    }

    /** Asserts that the query's result on the model is the fixture, column names included. */
    static void assertMatches(Model model, Path queryFile, Path fixture) throws IOException {
        Query query = QueryFactory.create(Files.readString(queryFile, StandardCharsets.UTF_8));
        List<List<String>> expected = CsvTable.parse(Files.readString(fixture, StandardCharsets.UTF_8));
        List<List<String>> actual = run(model, queryFile);
        assertThat(actual.getFirst()).as("columns of %s", queryFile.getFileName()).isEqualTo(expected.getFirst());
        List<List<String>> want = expected.subList(1, expected.size());
        List<List<String>> got = actual.subList(1, actual.size());
        if (!query.hasOrderBy()) {
            want = sorted(want);
            got = sorted(got);
        }
        String diff = ResultDiff.describe(expected.getFirst(), want, got);
        assertThat(diff).as("%s differs from its fixture %s", queryFile.getFileName(), fixture.getFileName()).isEmpty();
    }

    private static List<List<String>> sorted(List<List<String>> rows) {
        return rows.stream().sorted(Comparator.comparing(r -> String.join("\u0000", r))).toList();
    }

    private static String text(RDFNode node) {
        if (node == null) {
            return "";
        }
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.isURIResource() ? node.asResource().getURI()
                : node.toString();
    }
}
