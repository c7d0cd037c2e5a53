package org.nitratekg.server.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.apache.jena.dboe.base.block.FileMode;
import org.apache.jena.dboe.sys.SystemIndex;
import org.apache.jena.rdf.model.Model;

import org.apache.jena.sparql.core.DatasetGraph;
import org.nitratekg.loader.ReviewConverter;
import org.nitratekg.server.io.BadInputException;
import org.nitratekg.server.io.RdfFiles;
import org.nitratekg.server.io.ReviewFiles;
import org.nitratekg.server.store.NkgDatasets;
import org.nitratekg.server.store.ParallelConversion;
import org.nitratekg.server.store.ReviewsInOneLoad;
import org.nitratekg.server.store.StagedLoad;
import org.nitratekg.server.store.StoreLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "load", description = "Load reviews into a TDB2 store with its text index, in one transaction or one atomic swap.")
final class LoadCommand implements Callable<Integer> {
    @Option(names = "--store", required = true, paramLabel = "DIR", description = "Store directory (created if new).")
    Path store;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Review text files (UTF-8), or RDF files written by 'nkg convert' (into a new store).")
    List<Path> inputs;

    @Option(names = "--threads", paramLabel = "N", description = "Reviews converted at once (default: one per core).")
    Integer threads;

    @Override
    public Integer call() {
        if (!Files.exists(store.resolve(NkgDatasets.TDB_FOLDER))) {
            // A new store is built by the bulk loader: TDB2 reads and writes its files through small heap caches
            // instead of mapping them, whose pages would count in the load's resident memory as the store grows. The
            // mode is per process and fixed at TDB2's first use, hence here; the finished store is mapped by readers.
            SystemIndex.setFileMode(FileMode.direct);
        }
        ProgressBar bar = new ProgressBar(System.err);
        ReviewConverter converter = new ReviewConverter();
        Function<Path, Model> convert = path -> converter.convert(ReviewFiles.read(path));
        int n = threads == null ? ParallelConversion.defaultThreads() : threads;
        // Reviews are converted on all cores while earlier ones are written. A new (or empty) store is built aside
        // with TDB2's bulk loader and swapped in at the end; a store with data gets one write transaction. Either way
        // bad input met at any point, or a kill, leaves the store as it was.
        long triples;
        if (inputs.stream().anyMatch(RdfFiles::isRdf)) {
            triples = loadRdf(bar);
        } else try (ParallelConversion<Path> models = new ParallelConversion<>(inputs, convert, n)) {
            if (StagedLoad.appliesTo(store)) {
                triples = new StagedLoad(store, bar).load(models, inputs.size(), new ReviewsInOneLoad<>(inputs, convert));
            } else {
                DatasetGraph dataset = NkgDatasets.store(store);
                try {
                    triples = new StoreLoader(dataset, bar).load(models, inputs.size());
                } finally {
                    dataset.close();
                }
            }
        } finally {
            bar.finish();
        }
        System.err.println("Loaded " + triples + " triples from " + inputs.size() + " review(s) into " + store);
        return Nkg.OK;
    }

    /** Converted reviews (RDF files from {@code nkg convert}) go as they are into a new store. */
    private long loadRdf(ProgressBar bar) {
        for (Path input : inputs) {
            if (!RdfFiles.isRdf(input)) {
                throw new BadInputException(input + ":1: an RDF file like the other inputs (.nt, .ttl, …); load review "
                        + "texts and converted RDF separately");
            }
        }
        if (!StagedLoad.appliesTo(store)) {
            throw new BadInputException(inputs.get(0) + ":1: review text: RDF files are loaded into a new or empty store "
                    + "only, " + store + " has data (each review added to it is checked against it first)");
        }
        try {
            return new StagedLoad(store, bar).loadRdf(inputs);
        } finally {
            bar.finish();
        }
    }
}
