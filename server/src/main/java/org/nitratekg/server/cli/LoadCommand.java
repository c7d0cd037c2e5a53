package org.nitratekg.server.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.nitratekg.server.io.ReviewInputs;
import org.nitratekg.server.store.NkgDatasets;
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

    @Override
    public Integer call() {
        ProgressBar bar = new ProgressBar(System.err);
        try {
            // Every input is parsed before the store is touched: bad input never reaches it.
            List<Model> models = ReviewInputs.convert(inputs, bar);
            DatasetGraph dataset = NkgDatasets.store(store);
            try {
                long triples = new StoreLoader(dataset, bar).load(models);
                bar.finish();
                System.err.println("Loaded " + triples + " triples from " + models.size() + " review(s) into " + store);
            } finally {
                dataset.close();
            }
        } finally {
            bar.finish(); // an error message starts on a line of its own, not after the bar
        }
        return Nkg.OK;
    }
}
