package org.nitratekg.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.nitratekg.loader.ReviewConverter;
import org.nitratekg.loader.ReviewText;
import org.nitratekg.loader.prose.ProseExtractor;

/**
 * Every named query {@code queries/NAME.rq} that has {@code queries/expected/NAME.csv} is run on the bundled review
 * (converted once by the real loader) and compared with the fixture cell for cell; order matters only when the query
 * has an ORDER BY.
 */
class NamedQueryFixturesTest {
    private static final Path MODULE = Path.of(System.getProperty("basedir", "."));
    private static Model bundled;

    @BeforeAll
    static void convertBundledReview() {
        bundled = new ReviewConverter().convert(ReviewText.bundled());
        new ProseExtractor().extract(bundled);
    }

    @TestFactory
    Stream<DynamicTest> everyQueryWithAFixtureMatchesIt() throws IOException {
        List<Path> queries;
        try (Stream<Path> files = Files.list(MODULE)) {
            queries = files.filter(p -> p.getFileName().toString().endsWith(".rq"))
                    .filter(p -> Files.exists(expectedFor(p)))
                    .sorted().toList();
        }
        assertThat(queries).as("named queries with fixtures in %s", MODULE.toAbsolutePath()).isNotEmpty();
        return queries.stream().map(q -> DynamicTest.dynamicTest(q.getFileName().toString(), () -> check(q)));
    }

    private static Path expectedFor(Path query) {
        String name = query.getFileName().toString().replaceFirst("\\.rq$", "");
        return MODULE.resolve("expected").resolve(name + ".csv");
    }

    private static void check(Path queryFile) throws IOException {
        Query query = QueryFactory.create(Files.readString(queryFile, StandardCharsets.UTF_8));
        List<List<String>> expected = CsvTable.parse(Files.readString(expectedFor(queryFile), StandardCharsets.UTF_8));
        List<List<String>> actual = new ArrayList<>();
        try (QueryExecution exec = QueryExecution.model(bundled).query(query).build()) {
            ResultSet results = exec.execSelect();
            List<String> vars = results.getResultVars();
            actual.add(vars);
            while (results.hasNext()) {
                QuerySolution s = results.next();
                List<String> row = new ArrayList<>();
                for (String v : vars) {
                    row.add(text(s.get(v)));
                }
                actual.add(row);
            }
        }
        assertThat(actual.getFirst()).as("columns of %s", queryFile.getFileName()).isEqualTo(expected.getFirst());
        List<List<String>> want = expected.subList(1, expected.size());
        List<List<String>> got = actual.subList(1, actual.size());
        if (!query.hasOrderBy()) {
            want = sorted(want);
            got = sorted(got);
        }
        String diff = ResultDiff.describe(expected.getFirst(), want, got);
        assertThat(diff).as("%s differs from its fixture", queryFile.getFileName()).isEmpty();
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
