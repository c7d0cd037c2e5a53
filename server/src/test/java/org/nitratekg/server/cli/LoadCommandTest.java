package org.nitratekg.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nitratekg.loader.ReviewText;

class LoadCommandTest {
    @TempDir
    Path dir;

    @Test
    void loadedStoreAnswersQueriesAndTextSearch() throws IOException {
        Path review = dir.resolve("review.txt");
        Files.writeString(review, ReviewText.bundled().text(), StandardCharsets.UTF_8);
        Path store = dir.resolve("store");
        CliRun load = CliRun.of("load", "--store", store.toString(), review.toString());
        assertThat(load.exitCode()).as(load.err()).isZero();

        Path rq = dir.resolve("search.rq");
        Files.writeString(rq, """
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX nkg: <https://w3id.org/nitrate-kg/ontology#>
                SELECT DISTINCT ?p { ?p text:query "CuN₃" ; a nkg:Paragraph }
                """);
        CliRun hits = CliRun.of("query", "--data", store.toString(), rq.toString());
        assertThat(hits.exitCode()).as(hits.err()).isZero();
        assertThat(hits.out().lines().skip(1).toList()).isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains("/paragraph/"));
    }

    @Test
    void badInputLeavesTheStoreUntouched() throws IOException {
        Path store = dir.resolve("store");
        Path good = dir.resolve("good.txt");
        Files.writeString(good, ReviewText.bundled().text(), StandardCharsets.UTF_8);
        assertThat(CliRun.of("load", "--store", store.toString(), good.toString()).exitCode()).isZero();

        Path bad = dir.resolve("bad.txt");
        Files.write(bad, new byte[] {'x', '\n', (byte) 0xFE});
        CliRun failed = CliRun.of("load", "--store", store.toString(), good.toString(), bad.toString());
        assertThat(failed.exitCode()).isEqualTo(2);
        assertThat(failed.err()).contains("bad.txt:2:");

        Path rq = dir.resolve("count.rq");
        Files.writeString(rq, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
        CliRun count = CliRun.of("query", "--data", store.toString(), rq.toString());
        assertThat(count.out().lines().toList().get(1)).isNotEqualTo("0");
    }

    private String counts(Path store) throws IOException {
        Path rq = dir.resolve("counts.rq");
        Files.writeString(rq, """
                PREFIX text: <http://jena.apache.org/text#>
                SELECT ?triples ?hits ?graphs {
                  { SELECT (COUNT(*) AS ?triples) { ?s ?p ?o } }
                  { SELECT (COUNT(*) AS ?hits) { ?x text:query ("CuN₃ nitrate" 100000) } }
                  { SELECT (COUNT(*) AS ?graphs) { GRAPH ?g { ?s ?p ?o } } }
                }""");
        CliRun run = CliRun.of("query", "--data", store.toString(), rq.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out().strip();
    }

    @Test
    void convertedRdfLoadsIntoANewStoreAsTheTextDoes() throws IOException {
        Path review = dir.resolve("review.txt");
        Files.writeString(review, ReviewText.bundled().text(), StandardCharsets.UTF_8);
        Path nt = dir.resolve("review.nt");
        assertThat(CliRun.of("convert", review.toString(), "-o", nt.toString()).exitCode()).isZero();

        Path fromText = dir.resolve("from-text");
        assertThat(CliRun.of("load", "--store", fromText.toString(), review.toString()).exitCode()).isZero();
        Path fromRdf = dir.resolve("from-rdf");
        CliRun load = CliRun.of("load", "--store", fromRdf.toString(), nt.toString());
        assertThat(load.exitCode()).as(load.err()).isZero();
        assertThat(counts(fromRdf)).isEqualTo(counts(fromText)).doesNotContain(",0,");

        // a store with data takes reviews one by one, each checked against it; RDF only builds a new store
        CliRun more = CliRun.of("load", "--store", fromRdf.toString(), nt.toString());
        assertThat(more.exitCode()).isEqualTo(2);
        assertThat(more.err()).contains("review.nt:1: ");
        CliRun mixed = CliRun.of("load", "--store", dir.resolve("mixed").toString(), review.toString(), nt.toString());
        assertThat(mixed.exitCode()).isEqualTo(2);
        assertThat(mixed.err()).contains("review.txt:1: an RDF file");
    }

    @Test
    void badRdfIsReportedWithItsLineAndLeavesNoStore() throws IOException {
        Path nt = dir.resolve("bad.nt");
        Files.writeString(nt, "<urn:a> <urn:b> <urn:c> .\n<urn:a> <urn:b> .\n");
        Path store = dir.resolve("store");
        CliRun load = CliRun.of("load", "--store", store.toString(), nt.toString());
        assertThat(load.exitCode()).isEqualTo(2);
        assertThat(load.err()).contains("bad.nt:2:");
        assertThat(store.resolve("tdb2")).doesNotExist();
    }

    @Test
    void queryOfANonStoreDirectoryIsBadInput() {
        CliRun run = CliRun.of("query", "--data", dir.toString(), "references");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("store directory");
    }
}
