package org.nitratekg.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each folder {@code cases/NAME/} holds an {@code input.txt} and what converting it must give:
 * {@code expected-VIEW.csv} (the result of {@code views/VIEW.rq} on the graph, cell for cell, in order),
 * {@code expected-triples.ttl} (triples the graph must contain), or {@code expected-error.txt} (the exact
 * {@code FILE:LINE: what was expected} message). Actual results are written to {@code target/cases/NAME/}.
 */
class ReviewCasesTest {
    private static final Path CASES = Path.of("src/test/resources/cases");
    private static final Path VIEWS = Path.of("src/test/resources/views");
    private static final Path ACTUAL = Path.of("target/cases");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CASES)) {
            return dirs.filter(d -> Files.exists(d.resolve("input.txt"))).map(d -> d.getFileName().toString())
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void caseGivesItsExpectedResults(String name) throws IOException {
        Path dir = CASES.resolve(name);
        byte[] input = Files.readAllBytes(dir.resolve("input.txt"));
        String sourceName = name + "/input.txt";
        Path error = dir.resolve("expected-error.txt");
        if (Files.exists(error)) {
            String expected = Files.readString(error, StandardCharsets.UTF_8).strip();
            assertThatThrownBy(() -> new ReviewConverter().convert(org.nitratekg.loader.read.SourceReader.decode(sourceName, input)))
                    .isInstanceOf(ReviewFormatException.class)
                    .hasMessage(expected);
            return;
        }
        Model model = new ReviewConverter().convert(org.nitratekg.loader.read.SourceReader.decode(sourceName, input));
        Files.createDirectories(ACTUAL.resolve(name));
        List<Path> expectations = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(f -> f.getFileName().toString().startsWith("expected-")).sorted().forEach(expectations::add);
        }
        assertThat(expectations).as("expected-* files in %s", dir).isNotEmpty();
        SoftAssertions softly = new SoftAssertions();
        for (Path expectation : expectations) {
            String file = expectation.getFileName().toString();
            if (file.endsWith(".csv")) {
                String view = file.substring("expected-".length(), file.length() - ".csv".length());
                String actual = run(model, Files.readString(VIEWS.resolve(view + ".rq")));
                Files.writeString(ACTUAL.resolve(name).resolve("actual-" + view + ".csv"), actual);
                List<List<String>> want = Csv.parse(Files.readString(expectation, StandardCharsets.UTF_8));
                List<List<String>> got = Csv.parse(actual);
                softly.assertThat(got).as("%s: %s", name, file).containsExactlyElementsOf(want);
            } else if (file.endsWith(".ttl")) {
                Model expected = ModelFactory.createDefaultModel();
                try (InputStream in = Files.newInputStream(expectation)) {
                    RDFDataMgr.read(expected, in, org.apache.jena.riot.Lang.TURTLE);
                }
                Model missing = expected.difference(model);
                softly.assertThat(missing.listStatements().toList()).as("%s: triples of %s missing", name, file)
                        .isEmpty();
            }
        }
        softly.assertAll();
    }

    private static String run(Model model, String query) {
        try (QueryExecution exec = QueryExecution.model(model).query(query).build()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ResultSetFormatter.outputAsCSV(out, exec.execSelect());
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
