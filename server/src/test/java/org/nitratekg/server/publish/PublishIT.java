package org.nitratekg.server.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nitratekg.loader.ReviewConverter;
import org.nitratekg.loader.ReviewText;
import org.nitratekg.server.cli.Nkg;
import org.nitratekg.server.synth.SyntheticReview;

/** nkg publish against a real Fuseki on loopback, with an updatable dataset whose Graph Store endpoint is /ds/data. */
class PublishIT {
    @TempDir
    Path dir;

    DatasetGraph target;
    FusekiServer fuseki;

    @BeforeEach
    void startFuseki() {
        target = DatasetGraphFactory.createTxnMem();
        fuseki = FusekiServer.create().loopback(true).port(0).add("/ds", target, true).build().start();
    }

    @AfterEach
    void stopFuseki() {
        fuseki.stop();
    }

    String endpoint() {
        return "http://localhost:" + fuseki.getHttpPort() + "/ds/data";
    }

    @Test
    void eachReviewBecomesItsOwnNamedGraphAndPublishingAgainReplacesIt() throws IOException {
        ReviewText bundled = ReviewText.bundled();
        ReviewText variant = new SyntheticReview(bundled).variant(1);
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve(variant.sourceName());
        Files.writeString(a, bundled.text(), StandardCharsets.UTF_8);
        Files.writeString(b, variant.text(), StandardCharsets.UTF_8);
        Model expectedA = new ReviewConverter().convert(org.nitratekg.server.io.ReviewFiles.read(a));
        String graphA = GraphStorePublisher.reviewIri(expectedA);

        assertThat(Nkg.commandLine().execute("publish", "--endpoint", endpoint(), a.toString(), b.toString())).isZero();
        assertThat(Nkg.commandLine().execute("publish", "--endpoint", endpoint(), a.toString())).isZero();

        List<String> graphs = Txn.calculateRead(target, () -> {
            List<String> names = new java.util.ArrayList<>();
            target.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
            return names;
        });
        assertThat(graphs).hasSize(2).contains(graphA);
        Txn.executeRead(target, () -> {
            Graph stored = target.getGraph(NodeFactory.createURI(graphA));
            assertThat(stored.size()).as("published twice, stored once").isEqualTo(expectedA.size());
            Model copy = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
            org.apache.jena.graph.GraphUtil.addInto(copy.getGraph(), stored);
            assertThat(copy.isIsomorphicWith(expectedA)).isTrue();
            assertThat(target.getDefaultGraph().isEmpty()).isTrue();
        });
    }

    @Test
    void anUnreachableEndpointIsAnErrorNotASilentSuccess() throws IOException {
        Path a = dir.resolve("a.txt");
        Files.writeString(a, ReviewText.bundled().text(), StandardCharsets.UTF_8);
        int port = fuseki.getHttpPort();
        fuseki.stop();
        assertThat(Nkg.commandLine().execute("publish", "--endpoint", "http://localhost:" + port + "/ds/data", a.toString()))
                .isNotZero();
    }
}
