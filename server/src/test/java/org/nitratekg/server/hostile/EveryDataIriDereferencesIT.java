package org.nitratekg.server.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nitratekg.loader.ReviewConverter;
import org.nitratekg.server.http.TestServer;

/** Every data IRI of the bundled review is served, those whose names needed percent-encoding included. */
class EveryDataIriDereferencesIT {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = HostileServer.get();
    }


    @Test
    void everyDataIriAnswersWithItsDescription() throws Exception {
        TreeSet<String> iris = Txn.calculateRead(server.dataset, () -> {
            TreeSet<String> found = new TreeSet<>();
            server.dataset.getDefaultGraph().find().forEach(t -> {
                for (Node n : List.of(t.getSubject(), t.getObject())) {
                    if (n.isURI() && n.getURI().startsWith(ReviewConverter.DATA_NS) && !n.getURI().contains("/planted")) {
                        found.add(n.getURI());
                    }
                }
            });
            return found;
        });
        assertThat(iris).hasSizeGreaterThan(1000).contains(ReviewConverter.DATA_NS + "catalyst/Cu4%28PTI%294");
        assertThat(iris.stream().filter(i -> i.contains("%"))).contains(ReviewConverter.DATA_NS + "catalyst/Cr-doped-Co%28OH%292",
                ReviewConverter.DATA_NS + "catalyst/LaFeO3-%CE%B4");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<String> unserved = new ArrayList<>();
        int n = 0;
        for (String iri : iris) {
            // Every IRI minted from a printed name (where encoding matters), and every 10th of the others.
            boolean named = iri.matches(".*/(catalyst|electrolyte|reference-electrode|class-assignment)/.*") || !iri.matches("[a-z0-9:/.-]*");
            if (!named && n++ % 10 != 0) {
                continue;
            }
            String path = "/id/" + iri.substring(ReviewConverter.DATA_NS.length());
            HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(server.base + path)).timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/n-triples").GET().build(), HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() != 200) {
                unserved.add(path + " -> " + r.statusCode());
            }
        }
        assertThat(unserved).isEmpty();
    }

    @Test
    void aNameIsFoundWhetherItsParenthesesAreEncodedOrNot() throws Exception {
        for (String path : List.of("/id/catalyst/Cu4%28PTI%294", "/id/catalyst/Cu4(PTI)4", "/id/catalyst/Cu4%28PTI%29%34")) {
            HttpResponse<String> r = server.get(path, "text/turtle");
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.body()).as(path).contains("catalyst/Cu4%28PTI%294");
        }
        HttpResponse<String> page = server.get("/id/catalyst/Cu4%28PTI%294", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
    }
}
