package org.nitratekg.server.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.nitratekg.server.http.NkgServer;
import org.nitratekg.server.http.ServerSettings;
import org.nitratekg.server.io.ReviewInputs;
import org.nitratekg.server.store.NkgDatasets;
import org.nitratekg.server.store.ProgressListener;
import org.nitratekg.server.store.StoreLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "serve", description = {
        "Serve the knowledge graph: search page at /, SPARQL at /nkg/sparql (read-only).",
        "With no store and no inputs, serves the bundled review from memory."})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--store", paramLabel = "DIR", description = "Serve (and load INPUTs into) this TDB2 store.")
    Path store;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--timeout", defaultValue = "10", paramLabel = "SECONDS", description = "Query time limit in seconds (default ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Review text files to load.")
    List<Path> inputs = new ArrayList<>();

    @Override
    public Integer call() {
        long start = System.nanoTime();
        ServerSettings settings = new ServerSettings(port, Duration.ofSeconds(timeoutSeconds));
        DatasetGraph dataset;
        if (store != null) {
            List<Model> models = inputs.isEmpty() ? List.of() : ReviewInputs.convert(inputs, ProgressListener.NONE);
            dataset = NkgDatasets.store(store);
            if (!models.isEmpty()) {
                new StoreLoader(dataset, ProgressListener.NONE).load(models);
            }
        } else {
            dataset = NkgDatasets.inMemory();
            new StoreLoader(dataset, ProgressListener.NONE).load(ReviewInputs.convert(inputs, ProgressListener.NONE));
        }
        long loaded = System.nanoTime();
        FusekiServer server = NkgServer.build(dataset, settings).start();
        System.err.printf("nitrate-kg: http://localhost:%d/  (SPARQL: http://localhost:%d%s/sparql)  data ready in %d ms, serving after %d ms%n",
                server.getHttpPort(), server.getHttpPort(), NkgServer.DATASET,
                (loaded - start) / 1_000_000, (System.nanoTime() - start) / 1_000_000);
        server.join();
        return Nkg.OK;
    }
}
