package org.nitratekg.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SparqlEndpointIT {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(Duration.ofSeconds(2));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void sparqlQueryWorksOnBothQueryEndpoints() throws Exception {
        for (String endpoint : List.of("/nkg/sparql", "/nkg/query")) {
            HttpResponse<String> r = server.sparql(endpoint,
                    "PREFIX nkg: <https://w3id.org/nitrate-kg/ontology#> SELECT (COUNT(?p) AS ?n) { ?p a nkg:Paragraph }", "text/csv");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(Integer.parseInt(r.body().lines().toList().get(1).strip())).isGreaterThan(10);
        }
    }

    @Test
    void textSearchForCuN3FindsParagraphsInAnySpelling() throws Exception {
        for (String spelling : List.of("Cu-N3", "CuN₃", "Cu–N3")) {
            HttpResponse<String> r = server.sparql("/nkg/sparql", """
                    PREFIX text: <http://jena.apache.org/text#>
                    PREFIX nkg: <https://w3id.org/nitrate-kg/ontology#>
                    SELECT DISTINCT ?p { ?p text:query "%s" ; a nkg:Paragraph }""".formatted(spelling), "text/csv");
            assertThat(r.statusCode()).isEqualTo(200);
            List<String> rows = r.body().lines().skip(1).toList();
            assertThat(rows).as(spelling).isNotEmpty().allSatisfy(row -> assertThat(row).contains("/paragraph/"));
        }
    }

    @Test
    void phraseLikeSearchesGiveHighlightedSnippets() throws Exception {
        for (String words : List.of("operando AND XAS", "scaling AND relation")) {
            HttpResponse<String> r = server.sparql("/nkg/sparql", """
                    PREFIX text: <http://jena.apache.org/text#>
                    SELECT ?s ?snippet { (?s ?score ?snippet) text:query ("%s" 10 "highlight:") }""".formatted(words), "text/csv");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body().lines().skip(1).toList()).as(words).isNotEmpty();
            assertThat(r.body()).contains("\u21A6");
        }
    }

    @Test
    void updatesAreRefusedAndChangeNothing() throws Exception {
        long before = Txn.calculateRead(server.dataset, () -> server.dataset.getDefaultGraph().size());
        String update = "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }";
        List<HttpResponse<String>> attempts = List.of(
                server.post("/nkg/sparql", "application/sparql-update", update, null),
                server.post("/nkg/sparql", "application/x-www-form-urlencoded", "update=" + java.net.URLEncoder.encode(update, "UTF-8"), null),
                server.post("/nkg/update", "application/sparql-update", update, null),
                server.post("/nkg", "application/sparql-update", update, null),
                server.post("/nkg/get?default", "text/turtle", "<urn:x:a> <urn:x:b> <urn:x:c> .", null),
                server.post("/nkg", "text/turtle", "<urn:x:a> <urn:x:b> <urn:x:c> .", null),
                server.post("/nkg/upload", "text/turtle", "<urn:x:a> <urn:x:b> <urn:x:c> .", null));
        for (HttpResponse<String> r : attempts) {
            assertThat(r.statusCode()).as(r.uri().toString()).isBetween(400, 499);
        }
        assertThat(Txn.calculateRead(server.dataset, () -> server.dataset.getDefaultGraph().size())).isEqualTo(before);
    }

    @Test
    void graphStoreReadWorks() throws Exception {
        HttpResponse<String> r = server.get("/nkg/get?default", "application/n-triples");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<https://w3id.org/nitrate-kg/id/review/planted>");
    }

    @Test
    void serviceIsRefused() throws Exception {
        HttpResponse<String> r = server.sparql("/nkg/sparql",
                "SELECT * { SERVICE <" + server.base + "/nkg/sparql> { ?s ?p ?o } } LIMIT 1", "text/csv");
        assertThat(r.statusCode()).isBetween(400, 599);
        assertThat(r.body()).containsIgnoringCase("SERVICE");
    }

    @Test
    void longQueriesAreCancelledAtTheTimeout() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = server.sparql("/nkg/sparql",
                "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }", "text/csv");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.body()).containsIgnoringCase("timed out");
        assertThat(took).isLessThan(Duration.ofSeconds(20));
        assertThat(server.dataset.getContext().get(org.apache.jena.query.ARQ.queryTimeout).toString()).isEqualTo("2000");
    }
}
