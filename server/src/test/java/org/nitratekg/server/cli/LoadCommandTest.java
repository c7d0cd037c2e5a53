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

    @Test
    void queryOfANonStoreDirectoryIsBadInput() {
        CliRun run = CliRun.of("query", "--data", dir.toString(), "references");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("store directory");
    }
}
