package org.nitratekg.server.http;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.nitratekg.loader.ReviewConverter;
import org.nitratekg.loader.ReviewText;
import org.nitratekg.server.store.NkgDatasets;
import org.nitratekg.server.store.ProgressListener;
import org.nitratekg.server.store.StoreLoader;

/** A running nitrate-kg server on a free port with the bundled review and the planted test data. */
public final class TestServer implements AutoCloseable {
    public final FusekiServer server;
    public final DatasetGraph dataset;
    public final String base;

    public TestServer(Duration queryTimeout) {
        dataset = NkgDatasets.inMemory();
        List<Model> models = new ArrayList<>();
        models.add(new ReviewConverter().convert(ReviewText.bundled()));
        models.add(planted());
        new StoreLoader(dataset, ProgressListener.NONE).load(models);
        server = NkgServer.build(dataset, new ServerSettings(0, queryTimeout)).start();
        base = "http://localhost:" + server.getHttpPort();
    }

    static Model planted() {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = TestServer.class.getResourceAsStream("/org/nitratekg/server/planted.ttl")) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    public HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return client().send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, String contentType, String body, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType);
        if (accept != null) {
            b.header("Accept", accept);
        }
        return client().send(b.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> sparql(String endpoint, String query, String accept) throws Exception {
        return post(endpoint, "application/sparql-query", query, accept);
    }

    /**
     * A new client, so a new connection, per request: the server may close a connection after refusing a request
     * whose body it did not read, and a pooled connection would then fail the next request.
     */
    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Override
    public void close() {
        server.stop();
        dataset.close();
    }
}
