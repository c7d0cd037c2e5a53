package org.nitratekg.server.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.nitratekg.server.http.NkgServer;
import org.nitratekg.server.io.BadInputException;
import org.nitratekg.server.http.ServerSettings;
import org.nitratekg.server.io.BundledReview;
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

    /** Start, then stop at once: lets the build record a class-data-sharing archive of a real start-up. */
    @Option(names = "--stop-after-start", hidden = true)
    boolean stopAfterStart;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Review text files to load.")
    List<Path> inputs = new ArrayList<>();

    @Override
    public Integer call() {
        long start = System.nanoTime();
        ServerSettings settings = new ServerSettings(port, Duration.ofSeconds(timeoutSeconds));
        DatasetGraph dataset;
        CompletableFuture<FusekiServer> built;
        List<Model> models;
        // Building the server (mostly loading Jetty's and Fuseki's classes) runs beside converting and loading
        // the data; the server starts answering only once the data is in.
        if (store == null && inputs.isEmpty()) {
            // packaged by the build already loaded and indexed: put back in memory, nothing to load
            dataset = BundledReview.dataset();
            built = CompletableFuture.supplyAsync(() -> NkgServer.build(dataset, settings));
            models = List.of();
        } else if (store == null) {
            dataset = NkgDatasets.inMemory();
            built = CompletableFuture.supplyAsync(() -> NkgServer.build(dataset, settings));
            models = ReviewInputs.convert(inputs, ProgressListener.NONE);
        } else {
            // Inputs are converted before the store is opened: bad input never touches it.
            models = inputs.isEmpty() ? List.of() : ReviewInputs.convert(inputs, ProgressListener.NONE);
            dataset = NkgDatasets.store(store);
            built = CompletableFuture.supplyAsync(() -> NkgServer.build(dataset, settings));
        }
        if (!models.isEmpty()) {
            new StoreLoader(dataset, ProgressListener.NONE).load(models);
        }
        long loaded = System.nanoTime();
        FusekiServer server = start(built.join());
        System.err.printf("nitrate-kg: http://localhost:%d/  (SPARQL: http://localhost:%d%s/sparql)  data ready in %d ms, serving after %d ms%n",
                server.getHttpPort(), server.getHttpPort(), NkgServer.DATASET,
                (loaded - start) / 1_000_000, (System.nanoTime() - start) / 1_000_000);
        if (stopAfterStart) {
            server.stop();
        } else {
            server.join();
        }
        return Nkg.OK;
    }

    private FusekiServer start(FusekiServer server) {
        try {
            return server.start();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.net.BindException) {
                    throw new BadInputException("--port " + port + ": a free port (" + t.getMessage() + ")");
                }
            }
            throw e;
        }
    }
}
