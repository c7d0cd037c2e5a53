package org.nitratekg.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.nitratekg.loader.ReviewConverter;
import org.nitratekg.loader.ReviewText;

/**
 * The named queries on the development review {@code review-c.txt}, converted by the real loader: every
 * {@code queries/dqNN-….rq} against its fixture {@code queries/expected/dev/dqNN-….csv}, and every competency query
 * {@code queries/cqNN-….rq} of the bundled review run to check that it executes, and that it finds rows where the
 * development review's data holds the facts it reads.
 */
class DevReviewQueriesTest {
    private static final Path MODULE = Path.of(System.getProperty("basedir", "."));
    private static final Path DEV_REVIEW = MODULE.resolve("../loader/src/test/resources/gold/review-c/review-c.txt").normalize();
    private static final Path DEV_FIXTURES = MODULE.resolve("expected/dev");

    /**
     * Competency queries whose facts the development review's data holds. The others read facts it lacks (site-role
     * and design-strategy claims, sections that present tandem catalysis, the distance effect or defect engineering,
     * motifs of one metal that differ only in coordination number, motifs with an in-plane or axial ligand).
     */
    private static final Set<String> CQ_WITH_ROWS = Set.of(
            "cq01-electrons-and-regimes", "cq02-rds-and-sequences", "cq03-competition-and-principles",
            "cq04-scaling-relation-breakers", "cq05-rds-shift", "cq07-run2-cun3-motif",
            "cq09-dual-site-roles-and-performance", "cq15-strain-and-facets");

    private static Model review;

    @BeforeAll
    static void convertTheDevReview() throws IOException {
        review = new ReviewConverter().convert(
                new ReviewText(DEV_REVIEW.toString(), Files.readString(DEV_REVIEW, StandardCharsets.UTF_8)));
    }

    @TestFactory
    Stream<DynamicTest> everyDevQueryMatchesItsFixture() throws IOException {
        List<Path> queries = queries("dq");
        assertThat(queries).as("dq queries in %s", MODULE.toAbsolutePath()).isNotEmpty();
        return queries.stream().map(q -> DynamicTest.dynamicTest(q.getFileName().toString(),
                () -> QueryFixture.assertMatches(review, q, fixtureFor(q))));
    }

    @Test
    void everyDevFixtureBelongsToADevQueryAndBack() throws IOException {
        List<String> queryNames = queries("dq").stream().map(DevReviewQueriesTest::name).toList();
        List<String> fixtureNames;
        try (Stream<Path> files = Files.list(DEV_FIXTURES)) {
            fixtureNames = files.map(p -> p.getFileName().toString())
                    .filter(f -> f.endsWith(".csv"))
                    .map(f -> f.replaceFirst("\\.csv$", ""))
                    .sorted().toList();
        }
        assertThat(fixtureNames).as("fixtures in %s", DEV_FIXTURES).isEqualTo(queryNames);
        assertThat(queryNames).allSatisfy(n -> assertThat(n).matches("dq\\d\\d-[a-z0-9]+(-[a-z0-9]+)*"));
    }

    @TestFactory
    Stream<DynamicTest> everyCompetencyQueryRunsOnTheDevReview() throws IOException {
        List<Path> queries = queries("cq");
        assertThat(queries).as("cq queries in %s", MODULE.toAbsolutePath()).hasSize(15);
        assertThat(queries.stream().map(DevReviewQueriesTest::name)).containsAll(CQ_WITH_ROWS);
        return queries.stream().map(q -> DynamicTest.dynamicTest(q.getFileName().toString(), () -> {
            List<List<String>> result = QueryFixture.run(review, q);
            assertThat(result.getFirst()).as("columns of %s", q.getFileName()).isNotEmpty();
            if (CQ_WITH_ROWS.contains(name(q))) {
                assertThat(result.size() - 1).as("rows of %s on the dev review", q.getFileName()).isPositive();
            }
        }));
    }

    private static List<Path> queries(String prefix) throws IOException {
        try (Stream<Path> files = Files.list(MODULE)) {
            return files.filter(p -> p.getFileName().toString().matches(prefix + "\\d\\d-.*\\.rq")).sorted().toList();
        }
    }

    private static String name(Path query) {
        return query.getFileName().toString().replaceFirst("\\.rq$", "");
    }

    private static Path fixtureFor(Path query) {
        return DEV_FIXTURES.resolve(name(query) + ".csv");
    }
}
