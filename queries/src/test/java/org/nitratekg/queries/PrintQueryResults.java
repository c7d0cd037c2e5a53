package org.nitratekg.queries;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.nitratekg.loader.ReviewConverter;
import org.nitratekg.loader.ReviewText;
import org.nitratekg.loader.prose.ProseExtractor;

/**
 * Prints named queries' results as CSV to {@code target/NAME.actual.csv} (a developer aid for writing fixtures by
 * hand): on the bundled review, converted as {@link NamedQueryFixturesTest} converts it, or with
 * {@code -Dprint.review=dev} on the development review, converted as {@link DevReviewQueriesTest} converts it.
 */
class PrintQueryResults {
    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "print.queries", matches = ".+")
    void print() throws Exception {
        Path module = Path.of(System.getProperty("basedir", "."));
        String[] args = System.getProperty("print.queries").split(",");
        Model m;
        if ("dev".equals(System.getProperty("print.review"))) {
            Path text = module.resolve("../loader/src/test/resources/gold/review-c/review-c.txt").normalize();
            m = new ReviewConverter().convert(new ReviewText(text.toString(), Files.readString(text, StandardCharsets.UTF_8)));
        } else {
            m = new ReviewConverter().convert(ReviewText.bundled());
            new ProseExtractor().extract(m);
        }
        for (String name : args) {
            try (QueryExecution qe = QueryExecution.model(m).query(Files.readString(module.resolve(name + ".rq"))).build()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ResultSetFormatter.outputAsCSV(out, qe.execSelect());
                Files.writeString(module.resolve("target").resolve(name + ".actual.csv"),
                        out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
            }
        }
    }
}
