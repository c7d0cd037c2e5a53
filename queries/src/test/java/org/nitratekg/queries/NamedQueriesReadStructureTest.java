package org.nitratekg.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * No named query finds its answer by matching the review's words: none applies a string test or a comparison with a
 * literal to passage text, quotes, observations or titles (see {@link TextMatchFinder}).
 */
class NamedQueriesReadStructureTest {
    private static final Path MODULE = Path.of(System.getProperty("basedir", "."));

    @TestFactory
    Stream<DynamicTest> noQueryMatchesTheReviewsWords() throws IOException {
        List<Path> queries;
        try (Stream<Path> files = Files.list(MODULE)) {
            queries = files.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList();
        }
        assertThat(queries).as("named queries in %s", MODULE.toAbsolutePath()).isNotEmpty();
        return queries.stream().map(q -> DynamicTest.dynamicTest(q.getFileName().toString(), () -> {
            List<String> findings = TextMatchFinder.findings(QueryFactory.create(Files.readString(q, StandardCharsets.UTF_8)));
            assertThat(findings).as("text matching in %s", q.getFileName()).isEmpty();
        }));
    }
}
