package org.nitratekg.server.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nitratekg.server.http.TestServer;

/**
 * Queries a hostile user sends to make the server work forever: every one ends at the time limit, and 5 seconds
 * after it no thread of the server is still working for them (none runs query code, none uses the CPU).
 */
class RunawayQueryIT {
    private static final Duration TIMEOUT = HostileServer.TIMEOUT;
    static TestServer server;

    static final Map<String, String> RUNAWAYS = new java.util.LinkedHashMap<>();
    static {
        String a = "\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\"";
        RUNAWAYS.put("backtracking REGEX", "SELECT ?m { BIND(REGEX(" + a + ", \"((((.*)*)*)*)*x\") AS ?m) }");
        RUNAWAYS.put("backtracking REGEX on data", "SELECT ?s { ?s ?p ?o FILTER(isLiteral(?o) && REGEX(STR(?o), \"^(([a-z ]*)*)*#$\", \"i\")) }");
        RUNAWAYS.put("backtracking REPLACE", "SELECT ?r { BIND(REPLACE(" + a + ", \"((((.*)*)*)*)*x\", \"y\") AS ?r) }");
        RUNAWAYS.put("cross product", "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
        RUNAWAYS.put("sorted cross product", "SELECT * { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f LIMIT 1");
        RUNAWAYS.put("grouped cross product", "SELECT ?c (COUNT(?f) AS ?n) { ?a ?b ?c . ?d ?e ?f } GROUP BY ?c");
        RUNAWAYS.put("construct cross product", "CONSTRUCT { ?a ?b ?f } WHERE { ?a ?b ?c . ?d ?e ?f }");
        RUNAWAYS.put("any-path closure", "SELECT (COUNT(*) AS ?n) { ?x (!<urn:x:none>|^!<urn:x:none>)* ?y }");
        // A condition no pair meets and no optimizer can see through: every row scans every pair of triples.
        RUNAWAYS.put("exists per pair", "SELECT (COUNT(*) AS ?n) { ?a ?b ?c FILTER EXISTS { ?d ?e ?f . ?g ?h ?i "
                + "FILTER(STRLEN(STR(?f)) + STRLEN(STR(?i)) < 0) } }");
    }

    @BeforeAll
    static void start() {
        server = HostileServer.get();
    }


    @Test
    void everyRunawayQueryEndsAndNoThreadWorksOnFiveSecondsAfterTheTimeout() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long sent = System.nanoTime();
        Map<String, CompletableFuture<HttpResponse<String>>> answers = new HashMap<>();
        RUNAWAYS.forEach((name, query) -> answers.put(name, client.sendAsync(
                HttpRequest.newBuilder(URI.create(server.base + "/nkg/sparql")).timeout(Duration.ofSeconds(90))
                        .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofString(query)).build(),
                HttpResponse.BodyHandlers.ofString())));
        List<String> unanswered = new ArrayList<>();
        for (var e : answers.entrySet()) {
            try {
                HttpResponse<String> r = e.getValue().get();
                assertThat(r.statusCode()).as(e.getKey() + ": " + r.body()).isNotEqualTo(200).isBetween(400, 599);
            } catch (java.util.concurrent.ExecutionException timedOut) {
                unanswered.add(e.getKey());
            }
        }
        assertThat(unanswered).as("queries with no answer at all").isEmpty();

        long settle = sent + TIMEOUT.plusSeconds(5).toNanos() - System.nanoTime();
        if (settle > 0) {
            Thread.sleep(settle / 1_000_000);
        }
        assertThat(threadsRunningQueries()).as("threads still running query code 5 s after the timeout").isEmpty();
        assertThat(busyServerThreads()).as("server threads using the CPU 5 s after the timeout").isEmpty();
    }

    /** Threads whose stack is inside Jena's query engine, an expression or a regular expression. */
    static List<String> threadsRunningQueries() {
        List<String> busy = new ArrayList<>();
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            for (StackTraceElement frame : stack) {
                String c = frame.getClassName();
                if (c.startsWith("org.apache.jena.sparql.engine") || c.startsWith("org.apache.jena.sparql.expr")
                        || c.startsWith("org.apache.jena.sparql.path") || c.startsWith("java.util.regex")
                        || c.startsWith("org.nitratekg.server.hardening.Cancellable")) {
                    busy.add(thread.getName() + " at " + frame);
                    return;
                }
            }
        });
        return busy;
    }

    /** Jetty's threads that used more than a quarter of a second of CPU in the last second. */
    static List<String> busyServerThreads() throws InterruptedException {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<Long, Long> before = new HashMap<>();
        for (long id : mx.getAllThreadIds()) {
            before.put(id, mx.getThreadCpuTime(id));
        }
        Thread.sleep(1000);
        List<String> busy = new ArrayList<>();
        for (long id : mx.getAllThreadIds()) {
            var info = mx.getThreadInfo(id);
            long now = mx.getThreadCpuTime(id);
            Long then = before.get(id);
            if (info != null && then != null && then >= 0 && now - then > 250_000_000L && info.getThreadName().startsWith("qtp")) {
                busy.add(info.getThreadName() + " used " + (now - then) / 1_000_000 + " ms");
            }
        }
        return busy;
    }

    @Test
    void queriesTooDeepToRunGet400WithTheReason() throws Exception {
        List<String> deep = List.of(
                "SELECT * { " + "{ ?s ?p ?o } UNION ".repeat(3_000) + "{ ?s ?p ?o } }",
                "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query \"" + "(".repeat(5_000) + "Cu" + ")".repeat(5_000) + "\" }",
                "SELECT ?x { BIND(" + "1 + ".repeat(8_000) + "1 AS ?x) }");
        for (String query : deep) {
            HttpResponse<String> r = server.sparql("/nkg/sparql", query, "text/csv");
            assertThat(r.statusCode()).as(query.substring(0, 40)).isEqualTo(400);
            assertThat(r.body()).startsWith("Query too deeply nested to run");
        }
    }

    @Test
    void oversizedQueriesAreRefusedBeforeTheyAreParsed() throws Exception {
        String unions = "SELECT * { " + "{}UNION".repeat(40_000) + "{} }";
        String literal = "SELECT * { ?s ?p \"" + "x".repeat(1 << 20) + "\" }";
        for (String query : List.of(unions, literal)) {
            HttpResponse<String> r = server.sparql("/nkg/sparql", query, "text/csv");
            assertThat(r.statusCode()).isEqualTo(413);
            assertThat(r.body()).contains("larger than");
            HttpResponse<String> form = server.post("/nkg/query", "application/x-www-form-urlencoded",
                    "query=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8), "text/csv");
            assertThat(form.statusCode()).isBetween(400, 499);
        }
    }
}
