package org.nitratekg.queries.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.nitratekg.queries.NamedQueries;
import org.nitratekg.loader.ReviewConverter;
import org.nitratekg.loader.ReviewText;

/**
 * The development review {@code review-c.txt}, converted by the real loader, scored kind by kind against its gold with
 * each kind's named query. Recall and precision may not fall below the floors in {@code gold-floors.properties}; a kind
 * whose query is not written yet is skipped.
 */
class DevReviewGoldTest {
    private static final Path MODULE = Path.of(System.getProperty("basedir", "."));
    private static final Path DEV_REVIEW = MODULE.resolve("../loader/src/test/resources/gold/review-c").normalize();

    private static Model review;
    private static Properties floors;

    @BeforeAll
    static void convertTheDevReview() throws IOException {
        Path text = DEV_REVIEW.resolve("review-c.txt");
        review = new ReviewConverter().convert(new ReviewText(text.toString(), Files.readString(text, StandardCharsets.UTF_8)));
        floors = new Properties();
        try (InputStream in = DevReviewGoldTest.class.getResourceAsStream("/gold-floors.properties")) {
            floors.load(in);
        }
    }

    @TestFactory
    Stream<DynamicTest> eachKindScoresAtLeastItsFloor() {
        return Stream.of(GoldKind.values()).map(kind -> DynamicTest.dynamicTest(kind.kindName(), () -> check(kind)));
    }

    private static void check(GoldKind kind) {
        Assumptions.assumeTrue(NamedQueries.text(kind.queryName()).isPresent(),
                () -> "no named query " + kind.queryName() + " yet for " + kind.goldFile());
        Path goldFile = DEV_REVIEW.resolve(kind.goldFile());
        assertThat(goldFile).as("gold of the dev review").exists();
        String floor = floors.getProperty(kind.kindName());
        assertThat(floor).as("a floor for %s in gold-floors.properties", kind.kindName()).isNotNull();
        String[] recallAndPrecision = floor.split(",");

        List<Evaluation.Outcome> outcomes = Evaluation.evaluate(List.of(kind), k -> gold(goldFile), DevReviewGoldTest::run);
        KindScore score = outcomes.getFirst().score().orElseThrow();
        String report = String.join("\n", ScoreReport.lines(outcomes, true));
        assertThat(score.recall()).as("recall of %s\n%s", kind.kindName(), report)
                .isGreaterThanOrEqualTo(Double.parseDouble(recallAndPrecision[0].strip()));
        assertThat(score.precision()).as("precision of %s\n%s", kind.kindName(), report)
                .isGreaterThanOrEqualTo(Double.parseDouble(recallAndPrecision[1].strip()));
    }

    private static Optional<Evaluation.CsvText> gold(Path file) {
        try {
            return Optional.of(new Evaluation.CsvText(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Evaluation.CsvText> run(String queryName) {
        return NamedQueries.text(queryName).map(text -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (QueryExecution exec = QueryExecution.model(review).query(text).build()) {
                ResultsWriter.create().lang(ResultSetLang.RS_CSV).write(out, exec.execSelect());
            }
            return new Evaluation.CsvText(queryName, out.toString(StandardCharsets.UTF_8));
        });
    }
}
