package org.nitratekg.server.http.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.RDFS;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nitratekg.server.http.NkgServer;
import org.nitratekg.server.http.ServerSettings;
import org.nitratekg.server.store.NkgTextIndex;

/** The result cache in the running server, over a TDB2 dataset (in memory) with its text index. */
class ResultCacheIT {
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";
    /** A cross product of the data with itself five times over (2.4e12 rows): far longer than the time limit. */
    private static final String SLOW = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?q }";
    private static final Duration TIME_LIMIT = Duration.ofSeconds(4);

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private DatasetGraph dataset;
    private FusekiServer server;

    private void start(Long maxBytes) {
        dataset = NkgTextIndex.wrap(DatabaseMgr.createDatasetGraph(), new ByteBuffersDirectory());
        add(0, 300);
        if (maxBytes != null) {
            System.setProperty(ResultCacheFilter.MAX_BYTES_PROPERTY, Long.toString(maxBytes));
        }
        try {
            server = NkgServer.build(dataset, new ServerSettings(0, TIME_LIMIT)).start();
        } finally {
            System.clearProperty(ResultCacheFilter.MAX_BYTES_PROPERTY);
        }
    }

    private void add(int from, int to) {
        Txn.executeWrite(dataset, () -> {
            for (int i = from; i < to; i++) {
                dataset.getDefaultGraph().add(Triple.create(NodeFactory.createURI("urn:x:" + i), RDFS.label.asNode(),
                        NodeFactory.createLiteralString("thing " + i)));
            }
        });
    }

    @AfterEach
    void stop() {
        server.stop();
        dataset.close();
    }

    private HttpResponse<String> get(String query, String accept, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getHttpPort()
                + "/nkg/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", accept);
        if (headers.length > 0) {
            b.headers(headers);
        }
        return client.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String query, String accept) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getHttpPort() + "/nkg/sparql"))
                .header("Accept", accept).header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cache(HttpResponse<?> r) {
        return r.headers().firstValue("X-Cache").orElse("none");
    }

    @Test
    void aRepeatedQueryIsAnsweredFromTheCacheWithTheSameResponse() throws Exception {
        start(null);
        HttpResponse<String> first = get(COUNT, "text/csv");
        HttpResponse<String> second = get(COUNT, "text/csv");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(cache(first)).isEqualTo("MISS");
        assertThat(cache(second)).isEqualTo("HIT");
        assertThat(second.body()).isEqualTo(first.body()).contains("300");
        assertThat(second.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
        assertThat(second.headers().firstValue("X-Content-Type-Options")).as("the server's own headers still set")
                .isEqualTo(first.headers().firstValue("X-Content-Type-Options"));
    }

    @Test
    void aQueryInTheRequestBodyIsCachedAndStillReachesFuseki() throws Exception {
        start(null);
        HttpResponse<String> first = post(COUNT, "text/csv");
        HttpResponse<String> second = post(COUNT, "text/csv");
        assertThat(first.body()).contains("300");
        assertThat(cache(second)).isEqualTo("HIT");
        assertThat(second.body()).isEqualTo(first.body());
    }

    @Test
    void anotherResultFormatIsAnotherEntry() throws Exception {
        start(null);
        get(COUNT, "text/csv");
        HttpResponse<String> json = get(COUNT, "application/sparql-results+json");
        assertThat(cache(json)).isEqualTo("MISS");
        assertThat(json.body()).contains("\"bindings\"");
        assertThat(cache(get(COUNT, "application/sparql-results+json"))).isEqualTo("HIT");
    }

    @Test
    void aLoadIntoTheStoreInvalidatesWhatWasCached() throws Exception {
        start(null);
        assertThat(get(COUNT, "text/csv").body()).contains("300");
        add(300, 310);
        HttpResponse<String> after = get(COUNT, "text/csv");
        assertThat(cache(after)).isEqualTo("MISS");
        assertThat(after.body()).contains("310");
        assertThat(cache(get(COUNT, "text/csv"))).isEqualTo("HIT");
    }

    @Test
    void noCacheInTheRequestRunsTheQueryAfresh() throws Exception {
        start(null);
        get(COUNT, "text/csv");
        assertThat(cache(get(COUNT, "text/csv", "Cache-Control", "no-cache"))).isEqualTo("MISS");
        assertThat(cache(get(COUNT, "text/csv", "Pragma", "no-cache"))).isEqualTo("MISS");
    }

    @Test
    void errorsAreNotCached() throws Exception {
        start(null);
        HttpResponse<String> first = get("SELECT * WHERE { ?s ", "text/csv");
        HttpResponse<String> second = get("SELECT * WHERE { ?s ", "text/csv");
        assertThat(first.statusCode()).isEqualTo(400);
        assertThat(second.statusCode()).isEqualTo(400);
        assertThat(cache(second)).isEqualTo("MISS");
    }

    @Test
    void anAnswerCutShortByTheTimeLimitIsNotCached() throws Exception {
        start(null);
        HttpResponse<String> first = get(SLOW, "text/csv");
        // Fuseki has sent the status line before the limit strikes: 200, with a body that says it is incomplete
        assertThat(first.statusCode() != 200 || first.body().contains("timeout")).as(first.body()).isTrue();
        HttpResponse<String> second = get(SLOW, "text/csv");
        assertThat(cache(second)).isEqualTo("MISS");
    }

    @Test
    void anAnswerLargerThanTheCacheIsSentButNotKept() throws Exception {
        start(2000L);
        String all = "SELECT ?s ?o { ?s ?p ?o } ORDER BY ?s";
        HttpResponse<String> first = get(all, "text/csv");
        assertThat(first.body().length()).isGreaterThan(2000);
        assertThat(first.body().lines()).hasSize(301);
        HttpResponse<String> second = get(all, "text/csv");
        assertThat(cache(second)).isEqualTo("MISS");
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(cache(get(COUNT, "text/csv"))).isEqualTo("MISS");
        assertThat(cache(get(COUNT, "text/csv"))).as("a small answer still fits").isEqualTo("HIT");
    }

    @Test
    void aCacheOfZeroBytesIsOff() throws Exception {
        start(0L);
        get(COUNT, "text/csv");
        assertThat(cache(get(COUNT, "text/csv"))).isEqualTo("MISS");
    }
}
