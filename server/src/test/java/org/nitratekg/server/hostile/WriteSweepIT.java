package org.nitratekg.server.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nitratekg.server.http.TestServer;

/** Every write method on every path, with every kind of body a store accepts: all refused, nothing changed. */
class WriteSweepIT {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = HostileServer.get();
    }


    record Body(String contentType, String text) {}

    static final String PWNED = "urn:x:pwned";
    static final String TRIPLE = "<" + PWNED + "> <urn:x:p> \"written\" .";
    static final String UPDATE = "INSERT DATA { " + TRIPLE + " } ; DROP ALL ; CLEAR DEFAULT ; LOAD <file:///etc/passwd>";

    static final List<String> PATHS = List.of("/", "/nkg", "/nkg/", "/nkg/sparql", "/nkg/query", "/nkg/get",
            "/nkg/get?default", "/nkg/get?graph=" + PWNED, "/nkg/update", "/nkg/data", "/nkg/upload", "/nkg/gsp",
            "/nkg/sparql?update=" + java.net.URLEncoder.encode(UPDATE, java.nio.charset.StandardCharsets.UTF_8),
            "/$/datasets", "/$/datasets/nkg", "/$/server", "/$/backup/nkg", "/$/compact/nkg", "/$/reload", "/$/tasks",
            "/$/stats/nkg", "/$/metrics", "/id/review/echem-2025-100002", "/ontology", "/page/index.html", "/nothing");
    static final List<String> METHODS = List.of("POST", "PUT", "DELETE", "PATCH");
    static final List<Body> BODIES = List.of(
            new Body("application/sparql-update", UPDATE),
            new Body("application/x-www-form-urlencoded", "update=" + java.net.URLEncoder.encode(UPDATE, java.nio.charset.StandardCharsets.UTF_8)),
            new Body("text/turtle", TRIPLE),
            new Body("application/n-quads", TRIPLE.replace(" .", " <urn:x:g> .")),
            new Body("application/rdf-patch", "A " + TRIPLE),
            new Body("application/ld+json", "{\"@id\":\"" + PWNED + "\",\"urn:x:p\":\"written\"}"));

    private static long[] sizes() {
        return Txn.calculateRead(server.dataset, () -> new long[] {server.dataset.getDefaultGraph().size(),
                server.dataset.getUnionGraph().size(), org.apache.jena.atlas.iterator.Iter.count(server.dataset.listGraphNodes())});
    }

    @Test
    void everyWriteIsRefusedAndTheDataStaysAsItWas() throws Exception {
        long[] before = sizes();
        List<String> accepted = new ArrayList<>();
        int attempts = 0;
        for (String path : PATHS) {
            for (String method : METHODS) {
                for (Body body : BODIES) {
                    // A new connection each time: the server may close one after refusing a body it did not read.
                    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                    HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(server.base + path.replace("$", "%24")))
                            .timeout(Duration.ofSeconds(30)).header("Content-Type", body.contentType())
                            .method(method, HttpRequest.BodyPublishers.ofString(body.text())).build(),
                            HttpResponse.BodyHandlers.ofString());
                    attempts++;
                    if (r.statusCode() < 400) {
                        accepted.add(method + " " + path + " " + body.contentType() + " -> " + r.statusCode());
                    }
                }
            }
        }
        assertThat(attempts).isEqualTo(PATHS.size() * METHODS.size() * BODIES.size());
        assertThat(accepted).as("write attempts answered with success").isEmpty();
        assertThat(sizes()).isEqualTo(before);
        Node pwned = NodeFactory.createURI(PWNED);
        assertThat(Txn.calculateRead(server.dataset, () -> server.dataset.find(Node.ANY, pwned, Node.ANY, Node.ANY).hasNext())).isFalse();
    }
}
