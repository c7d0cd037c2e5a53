package org.nitratekg.server.bench.jmh;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.nitratekg.queries.NamedQueries;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each named query and the text search over HTTP (SPARQL protocol, CSV results, as a client would ask), against our
 * server ({@code endpoint=nkg}: {@code bin/nkg serve --store DIR}) and Virtuoso 7 serving the same quads
 * ({@code endpoint=virtuoso}: {@code server/bench/virtuoso/virtuoso.sh}), both running before the benchmark
 * starts. JMH runs the two endpoints of one query one after the other, so each pair is measured in the same minute
 * of a shared machine; p0.50 is the median. Before timing, the setup asks both endpoints for the query's rows as
 * JSON and refuses to go on if their numbers differ (the text search excepted: the two engines split words their
 * own way).
 *
 * <p>{@code cache=off} sends {@code Cache-Control: no-cache}, which makes our server run the query afresh instead of
 * answering from its result cache: the first-run time. Virtuoso keeps no result cache, so the header changes nothing
 * there.
 *
 * <pre>
 * mvn -Pjmh -DskipTests verify -pl server -am -Djmh.args="PeerQueryBenchmark -p nkg=http://127.0.0.1:3031/nkg/sparql
 *     -p virtuoso=http://127.0.0.1:28890/sparql -p query=performance-table,references"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class PeerQueryBenchmark {
    /** The text search the search page asks for, on our index; {@link #VIRTUOSO_SEARCH} is the same on Virtuoso's. */
    static final String SEARCH = """
            PREFIX text: <http://jena.apache.org/text#>
            SELECT ?s ?score ?snippet { (?s ?score ?snippet) text:query ("%s" 180 "highlight:m:2 | z:220") }""";
    static final String VIRTUOSO_SEARCH = """
            SELECT ?s (?sc AS ?score) ?snippet WHERE { ?s ?p ?o . ?o bif:contains '"%s"' OPTION (score ?sc) .
              BIND(bif:search_excerpt(bif:vector('%s'), ?o) AS ?snippet) } ORDER BY DESC(?sc) LIMIT 180""";
    /** The query name that stands for the text search; {@link #words} says what it searches for. */
    static final String TEXT_SEARCH = "text-search";

    @Param({"performance-table", "references", "scaling-relation-claims", "characterization-evidence",
            "rate-determining-steps", TEXT_SEARCH})
    public String query;

    /** Alphabetically after {@code query}: JMH varies it fastest, so the two endpoints of a query run back to back. */
    @Param({"nkg", "virtuoso"})
    public String server;

    @Param({"on"})
    public String cache;

    @Param({"http://127.0.0.1:3031/nkg/sparql"})
    public String nkg;

    @Param({"http://127.0.0.1:28890/sparql"})
    public String virtuoso;

    /** Virtuoso's default graph is the union of all graphs: name the data graph, as our default graph is. */
    @Param({"urn:nitrate-kg:data"})
    public String virtuosoGraph;

    @Param({"operando"})
    public String words;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private HttpRequest request;

    @Setup
    public void prepare() throws IOException, InterruptedException {
        long ours = rows(request("nkg", "application/sparql-results+json"));
        long theirs = rows(request("virtuoso", "application/sparql-results+json"));
        System.out.printf("%n%s: %d rows from nkg, %d from virtuoso%n", query, ours, theirs);
        if (ours != theirs && !query.equals(TEXT_SEARCH)) {
            throw new IllegalStateException(query + " gives " + ours + " rows on nkg but " + theirs + " on virtuoso");
        }
        request = request(server, "text/csv");
    }

    @Benchmark
    public long run() throws IOException, InterruptedException {
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IllegalStateException(query + " on " + server + ": HTTP " + response.statusCode()
                        + " " + new String(body.readAllBytes(), StandardCharsets.UTF_8));
            }
            // read to the end without keeping it: the client pays for every byte, as a real one would
            return body.transferTo(OutputStream.nullOutputStream());
        }
    }

    private HttpRequest request(String which, String accept) {
        boolean ours = which.equals("nkg");
        String sparql = sparql(ours);
        String url = (ours ? nkg : virtuoso) + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)
                + (ours ? "" : "&default-graph-uri=" + URLEncoder.encode(virtuosoGraph, StandardCharsets.UTF_8));
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).header("Accept", accept)
                .timeout(Duration.ofMinutes(10));
        if (cache.equals("off")) {
            builder.header("Cache-Control", "no-cache");
        }
        return builder.GET().build();
    }

    private String sparql(boolean ours) {
        if (query.equals(TEXT_SEARCH)) {
            return ours ? SEARCH.formatted(words) : VIRTUOSO_SEARCH.formatted(words, words);
        }
        return NamedQueries.text(query).orElseThrow(() -> new IllegalArgumentException("no named query " + query));
    }

    private long rows(HttpRequest json) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(json, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(query + " at " + json.uri().getHost() + ":" + json.uri().getPort() + ": HTTP "
                    + response.statusCode() + " " + new String(response.body(), StandardCharsets.UTF_8));
        }
        ResultSet results = ResultSetFactory.fromJSON(new ByteArrayInputStream(response.body()));
        return ResultSetFormatter.consume(results);
    }
}
