package org.nitratekg.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nitratekg.loader.ReviewConverter;
import org.nitratekg.loader.ReviewText;
import org.nitratekg.queries.NamedQueries;
import org.nitratekg.server.http.NkgServer;
import org.nitratekg.server.http.ServerSettings;

/**
 * Read replicas as the README describes them: one store loaded once, its directory copied as a snapshot for each
 * replica (a TDB2 directory is opened by one process at a time), each replica serving its copy read-only.
 */
class ReplicasIT {
    @TempDir
    Path dir;

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else if (!f.getFileName().toString().equals("tdb.lock")) Files.copy(f, target);
            }
        }
    }

    static String csv(int port, String query) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + NkgServer.DATASET + "/sparql"))
                .header("Accept", "text/csv").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Test
    void twoReplicasOfOneSnapshotGiveTheSameAnswers() throws Exception {
        Path primary = dir.resolve("primary");
        DatasetGraph store = NkgDatasets.store(primary);
        new StoreLoader(store, ProgressListener.NONE).load(List.of(new ReviewConverter().convert(ReviewText.bundled())));
        store.close();

        List<FusekiServer> replicas = new ArrayList<>();
        try {
            for (String name : List.of("replica-1", "replica-2")) {
                copy(primary, dir.resolve(name));
                DatasetGraph snapshot = NkgDatasets.store(dir.resolve(name));
                replicas.add(NkgServer.build(snapshot, new ServerSettings(0, Duration.ofSeconds(10))).start());
            }
            for (String query : List.of(NamedQueries.text("references").orElseThrow(),
                    NamedQueries.text("performance-table").orElseThrow())) {
                String first = csv(replicas.get(0).getHttpPort(), query);
                String second = csv(replicas.get(1).getHttpPort(), query);
                assertThat(first.lines().count()).isGreaterThan(10);
                assertThat(second).isEqualTo(first);
            }
        } finally {
            replicas.forEach(FusekiServer::stop);
        }
    }
}
