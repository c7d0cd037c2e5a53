package org.nitratekg.server.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.sparql.core.DatasetGraph;
import org.nitratekg.loader.ReviewConverter;
import org.nitratekg.server.io.ReviewFiles;
import org.nitratekg.server.store.NkgDatasets;
import org.nitratekg.server.store.ParallelConversion;
import org.nitratekg.server.store.StoreLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "load", description = "Load reviews into a TDB2 store with its text index, in one transaction.")
final class LoadCommand implements Callable<Integer> {
    @Option(names = "--store", required = true, paramLabel = "DIR", description = "Store directory (created if new).")
    Path store;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Review text files (UTF-8).")
    List<Path> inputs;

    @Option(names = "--threads", paramLabel = "N", description = "Reviews converted at once (default: one per core).")
    Integer threads;

    @Override
    public Integer call() {
        ProgressBar bar = new ProgressBar(System.err);
        // Reviews are converted on all cores while earlier ones are written, all in one transaction: bad input met
        // at any point aborts it, and the store keeps what it had.
        ReviewConverter converter = new ReviewConverter();
        DatasetGraph dataset = NkgDatasets.store(store);
        try (ParallelConversion<Path> models = new ParallelConversion<>(inputs,
                path -> converter.convert(ReviewFiles.read(path)), threads == null ? ParallelConversion.defaultThreads() : threads)) {
            long triples = new StoreLoader(dataset, bar).load(models, inputs.size());
            bar.finish();
            System.err.println("Loaded " + triples + " triples from " + inputs.size() + " review(s) into " + store);
        } finally {
            bar.finish();
            dataset.close();
        }
        return Nkg.OK;
    }
}
