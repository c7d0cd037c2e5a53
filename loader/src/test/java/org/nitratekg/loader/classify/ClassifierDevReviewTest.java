package org.nitratekg.loader.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nitratekg.loader.ReviewConverter;
import org.nitratekg.loader.ReviewText;
import org.nitratekg.loader.classify.CatalystClassifier.Assignment;
import org.nitratekg.ontology.NKG;

/**
 * The classifier on the synthetic development review {@code gold/review-c/review-c.txt}, converted by the whole
 * loader, against the hand-made gold {@code gold/review-c/classes.csv} (attribution in the ATTRIBUTION.md beside it).
 */
class ClassifierDevReviewTest {
    private static final String GOLD_DIR = "/gold/review-c/";
    private static Model graph;
    private static List<Assignment> assignments;

    @BeforeAll
    static void convertAndClassify() throws IOException {
        graph = new ReviewConverter().convert(org.nitratekg.loader.read.SourceReader.decode("review-c.txt", bytes(GOLD_DIR + "review-c.txt")));
        assignments = new CatalystClassifier().classify(graph);
    }

    @Test
    void atLeastNineteenOfTheTwentyRowsAgreeWithTheGold() throws IOException {
        List<CSVRecord> gold = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(bytes(GOLD_DIR + "classes.csv"), StandardCharsets.UTF_8))).getRecords();
        List<String> rows = rowsOf("""
                SELECT ?row ?name WHERE { ?r a nkg:TableRow ; nkg:ordinal ?row ; nkg:reportsCatalyst/nkg:printedName ?name }
                ORDER BY ?row""");
        assertThat(rows).hasSize(gold.size());
        List<String> disagreements = new ArrayList<>();
        int agree = 0;
        for (int i = 0; i < gold.size(); i++) {
            String name = rows.get(i);
            Assignment a = assignments.stream().filter(x -> x.catalyst().equals(name)).findFirst().orElseThrow();
            String want = gold.get(i).get("class");
            if (a.cls().label().equals(want)) {
                agree++;
            } else {
                disagreements.add("row " + (i + 1) + " " + name + ": gold " + want + ", got " + a.cls().label() + " (" + a.reason() + ")");
            }
        }
        System.out.printf("catalyst classes agreeing with gold/review-c/classes.csv: %d/%d%n", agree, gold.size());
        assertThat(agree).as("rows agreeing with the gold; disagreements: %s", disagreements).isGreaterThanOrEqualTo(19);
    }

    @Test
    void everyTableCatalystHasExactlyOneAssignmentScopedToTheReview() {
        List<String> counts = rowsOf("""
                SELECT ?name (COUNT(?a) AS ?n) WHERE {
                  ?r a nkg:TableRow ; nkg:reportsCatalyst ?c ; nkg:partOfReview ?review .
                  ?c nkg:printedName ?name .
                  OPTIONAL { ?c nkg:classAssignment ?a . ?a nkg:partOfReview ?review ; nkg:assignedClass ?cls ; nkg:basisText ?why }
                } GROUP BY ?name""");
        assertThat(counts).hasSize(20).allSatisfy(line -> assertThat(line).endsWith(" 1"));
    }

    private static List<String> rowsOf(String select) {
        List<String> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(graph).query("PREFIX nkg: <" + NKG.NS + "> " + select).build()) {
            qe.execSelect().forEachRemaining(s -> {
                List<String> cells = new ArrayList<>();
                s.varNames().forEachRemaining(v -> {
                    if (!v.equals("row")) {
                        cells.add(s.get(v).isLiteral() ? s.getLiteral(v).getLexicalForm() : s.get(v).toString());
                    }
                });
                out.add(String.join(" ", cells));
            });
        }
        return out;
    }

    private static byte[] bytes(String resource) throws IOException {
        try (InputStream in = ClassifierDevReviewTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return in.readAllBytes();
        }
    }
}
