package org.nitratekg.server.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nitratekg.server.http.TestServer;

/**
 * A canary listens on loopback, and queries try every way SPARQL and the Graph Store protocol have of making the
 * server fetch a URL: the canary must never be called.
 */
class SsrfCanaryIT {
    static TestServer server;
    static ServerSocket canary;
    static final AtomicInteger CALLS = new AtomicInteger();

    @BeforeAll
    static void start() throws IOException {
        server = HostileServer.get();
        canary = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(() -> {
            while (!canary.isClosed()) {
                try (Socket s = canary.accept()) {
                    CALLS.incrementAndGet();
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    @AfterAll
    static void stop() throws IOException {
        canary.close();
    }

    @Test
    void noQueryMakesTheServerCallAnotherHost() throws Exception {
        String url = "http://127.0.0.1:" + canary.getLocalPort();
        List<String> queries = List.of(
                "SELECT * { SERVICE <" + url + "/sparql> { ?s ?p ?o } }",
                "SELECT * { SERVICE SILENT <" + url + "/sparql> { ?s ?p ?o } }",
                "SELECT * { VALUES ?e { <" + url + "/sparql> } SERVICE ?e { ?s ?p ?o } }",
                "SELECT * { BIND(<" + url + "/sparql> AS ?e) SERVICE ?e { ?s ?p ?o } }",
                "SELECT * FROM <" + url + "/data.ttl> { ?s ?p ?o } LIMIT 1",
                "SELECT * FROM NAMED <" + url + "/data.ttl> { GRAPH ?g { ?s ?p ?o } } LIMIT 1",
                "SELECT * { GRAPH <" + url + "/data.ttl> { ?s ?p ?o } } LIMIT 1",
                "DESCRIBE <" + url + "/thing>",
                "SELECT * { BIND(<" + url + "/f>(1) AS ?x) }",
                "SELECT * { ?s <" + url + "/pf> ?o }",
                "LOAD <" + url + "/data.ttl>",
                "SELECT * { SERVICE <" + url.replace("http:", "https:") + "/sparql> { ?s ?p ?o } }");
        for (String query : queries) {
            server.sparql("/nkg/sparql", query, "text/csv");
            server.get("/nkg/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "application/sparql-results+json");
            server.post("/nkg/sparql", "application/sparql-update", query, null);
        }
        HttpResponse<String> gsp = server.get("/nkg/get?graph=" + URLEncoder.encode(url + "/data.ttl", StandardCharsets.UTF_8), "text/turtle");
        assertThat(gsp.statusCode()).isEqualTo(404);
        server.get("/id/" + URLEncoder.encode(url, StandardCharsets.UTF_8), "text/turtle");
        Thread.sleep(500);
        assertThat(CALLS.get()).as("calls the canary received").isZero();
    }

    @Test
    void serviceQueriesAreRefusedWithAMessage() throws Exception {
        HttpResponse<String> r = server.sparql("/nkg/sparql",
                "SELECT * { SERVICE <http://127.0.0.1:" + canary.getLocalPort() + "/sparql> { ?s ?p ?o } }", "text/csv");
        assertThat(r.statusCode()).isBetween(400, 599);
        assertThat(r.body()).containsIgnoringCase("SERVICE");
    }
}
