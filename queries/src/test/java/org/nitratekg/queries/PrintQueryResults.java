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

/** Prints a named query's result on the bundled review as CSV (a developer aid for writing fixtures by hand). */
class PrintQueryResults {
    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "print.queries", matches = ".+")
    void print() throws Exception {
        String[] args = System.getProperty("print.queries").split(",");
        Model m = new ReviewConverter().convert(ReviewText.bundled());
        new ProseExtractor().extract(m);
        for (String name : args) {
            try (QueryExecution qe = QueryExecution.model(m).query(Files.readString(Path.of(System.getProperty("basedir", "."), name + ".rq"))).build()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ResultSetFormatter.outputAsCSV(out, qe.execSelect());
                Files.writeString(Path.of(System.getProperty("basedir", "."), "target", name + ".actual.csv"), out.toString(StandardCharsets.UTF_8));
            }
        }
    }
}
