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
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.nitratekg.queries.NamedQueries;
import org.nitratekg.loader.ReviewConverter;
import org.nitratekg.loader.ReviewText;

/**
 * Every review kept with its gold under {@code loader/src/test/resources/gold/} (one folder each, found by listing),
 * converted by the real loader and scored kind by kind against its gold with each kind's named query. Recall and
 * precision may not fall below the floors in the folder's {@code floors.properties} ({@code kind = recall,precision}).
 */
class GoldReviewsTest {
    private static final Path MODULE = Path.of(System.getProperty("basedir", "."));
    private static final Path GOLD = MODULE.resolve("../loader/src/test/resources/gold").normalize();

    @TestFactory
    Stream<DynamicTest> eachKindOfEachReviewScoresAtLeastItsFloor() throws IOException {
        List<Path> folders;
        try (Stream<Path> list = Files.list(GOLD)) {
            folders = list.filter(f -> Files.exists(f.resolve("floors.properties"))).sorted().toList();
        }
        assertThat(folders).as("reviews with gold and floors").isNotEmpty();
        return folders.stream().flatMap(folder -> {
            Model review = convert(folder);
            Properties floors = floors(folder);
            return Stream.of(GoldKind.values())
                    .map(kind -> DynamicTest.dynamicTest(folder.getFileName() + " " + kind.kindName(), () -> check(folder, review, floors, kind)));
        });
    }

    private static Model convert(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            Path text = files.filter(f -> f.getFileName().toString().matches("review-.*\\.txt")).findFirst().orElseThrow();
            return new ReviewConverter().convert(new ReviewText(text.toString(), Files.readString(text, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties floors(Path folder) {
        Properties floors = new Properties();
        try (InputStream in = Files.newInputStream(folder.resolve("floors.properties"))) {
            floors.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return floors;
    }

    private static void check(Path folder, Model review, Properties floors, GoldKind kind) {
        Path goldFile = folder.resolve(kind.goldFile());
        Assumptions.assumeTrue(Files.exists(goldFile), () -> folder.getFileName() + " has no " + kind.goldFile());
        String floor = floors.getProperty(kind.kindName());
        assertThat(floor).as("a floor for %s in %s/floors.properties", kind.kindName(), folder.getFileName()).isNotNull();
        String[] recallAndPrecision = floor.split(",");

        List<Evaluation.Outcome> outcomes = Evaluation.evaluate(List.of(kind), k -> gold(goldFile), name -> run(review, name));
        KindScore score = outcomes.getFirst().score().orElseThrow();
        String report = String.join("\n", ScoreReport.lines(outcomes, true));
        assertThat(score.recall()).as("recall of %s in %s\n%s", kind.kindName(), folder.getFileName(), report)
                .isGreaterThanOrEqualTo(Double.parseDouble(recallAndPrecision[0].strip()));
        assertThat(score.precision()).as("precision of %s in %s\n%s", kind.kindName(), folder.getFileName(), report)
                .isGreaterThanOrEqualTo(Double.parseDouble(recallAndPrecision[1].strip()));
    }

    private static Optional<Evaluation.CsvText> gold(Path file) {
        try {
            return Optional.of(new Evaluation.CsvText(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Evaluation.CsvText> run(Model review, String queryName) {
        return NamedQueries.text(queryName).map(text -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (QueryExecution exec = QueryExecution.model(review).query(text).build()) {
                ResultsWriter.create().lang(ResultSetLang.RS_CSV).write(out, exec.execSelect());
            }
            return new Evaluation.CsvText(queryName, out.toString(StandardCharsets.UTF_8));
        });
    }
}
