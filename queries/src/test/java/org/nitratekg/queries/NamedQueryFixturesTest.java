package org.nitratekg.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.nitratekg.loader.ReviewConverter;
import org.nitratekg.loader.ReviewText;
import org.nitratekg.loader.prose.ProseExtractor;

/**
 * Every named query {@code queries/NAME.rq} that has {@code queries/expected/NAME.csv} is run on the bundled review
 * (converted once by the real loader) and compared with the fixture cell for cell; order matters only when the query
 * has an ORDER BY. Queries whose fixtures are computed on the development review ({@code expected/dev/}) are checked by
 * {@link DevReviewQueriesTest}.
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
        return queries.stream().map(q -> DynamicTest.dynamicTest(q.getFileName().toString(),
                () -> QueryFixture.assertMatches(bundled, q, expectedFor(q))));
    }

    private static Path expectedFor(Path query) {
        String name = query.getFileName().toString().replaceFirst("\\.rq$", "");
        return MODULE.resolve("expected").resolve(name + ".csv");
    }
}
