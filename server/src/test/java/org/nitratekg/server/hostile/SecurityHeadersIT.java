package org.nitratekg.server.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nitratekg.server.http.TestServer;

/** Every kind of response, Fuseki's own included, carries a Content-Security-Policy, nosniff and no framing. */
class SecurityHeadersIT {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = HostileServer.get();
    }


    private static String q(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        List<HttpResponse<String>> responses = new ArrayList<>(List.of(
                server.get("/", "text/html"),
                server.get("/page/nothing.js", null),
                server.get("/nkg/sparql?query=" + q("SELECT * { ?s ?p ?o } LIMIT 2"), "application/sparql-results+json"),
                server.get("/nkg/sparql?query=" + q("SELECT * { ?s ?p ?o } LIMIT 2"), "text/html"),
                server.get("/nkg/query?query=" + q("SELEKT nonsense"), "text/csv"),
                server.get("/nkg/sparql?query=" + q("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"), "text/csv"),
                server.get("/nkg/sparql?query=" + q("SELECT * " + "{".repeat(500) + "}".repeat(500)), "text/csv"),
                server.get("/nkg/get?default", "text/turtle"),
                server.get("/nkg/get?graph=" + q("urn:x:none"), "text/turtle"),
                server.get("/nkg", null),
                server.get("/nothing/here", "text/html"),
                server.get("/%24/ping", null),
                server.get("/id/review/echem-2025-100002", "text/turtle"),
                server.get("/id/review/echem-2025-100002", "text/html"),
                server.get("/id/no/such/thing", "text/html"),
                server.get("/ontology", "text/turtle"),
                server.post("/nkg/sparql", "application/sparql-update", "DROP ALL", null),
                server.post("/nkg/sparql", "application/sparql-query", "SELECT * { ?s ?p \"" + "x".repeat(70_000) + "\" }", null)));
        List<Integer> statuses = responses.stream().map(HttpResponse::statusCode).toList();
        assertThat(statuses).contains(200, 400, 404, 413, 503);
        for (HttpResponse<String> r : responses) {
            String what = r.request().method() + " " + r.uri() + " -> " + r.statusCode();
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(what).hasValueSatisfying(csp ->
                    assertThat(csp).contains("default-src").contains("frame-ancestors 'none'"));
            assertThat(r.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(what).hasValue("no-referrer");
        }
    }
}
