package org.nitratekg.server.bench;

import java.util.List;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.nitratekg.loader.ReviewConverter;
import org.nitratekg.loader.ReviewText;
import org.nitratekg.server.store.NkgDatasets;
import org.nitratekg.server.store.ProgressListener;
import org.nitratekg.server.store.StoreLoader;

/**
 * The operations whose speed a user notices: converting a review, loading it with its text index (what
 * {@code serve} does before it answers), and a text search as the search page sends it.
 */
public final class Benchmark {
    public static final String SEARCH = """
            PREFIX text: <http://jena.apache.org/text#>
            SELECT ?s ?score ?snippet { (?s ?score ?snippet) text:query ("Cu-N3" 180 "highlight:m:2 | z:220") }""";

    private final ReviewText review;
    private final int warmup;
    private final int runs;

    public Benchmark(ReviewText review, int warmup, int runs) {
        this.review = review;
        this.warmup = warmup;
        this.runs = runs;
    }

    public List<Timings> run() {
        Timings convert = Timings.measure("convert", warmup, runs, () -> new ReviewConverter().convert(review).size());
        Model model = new ReviewConverter().convert(review);
        Timings load = Timings.measure("load with text index", warmup, runs, () -> {
            DatasetGraph dsg = NkgDatasets.inMemory();
            return new StoreLoader(dsg, ProgressListener.NONE).load(List.of(model));
        });
        DatasetGraph dataset = NkgDatasets.inMemory();
        new StoreLoader(dataset, ProgressListener.NONE).load(List.of(model));
        Timings search = Timings.measure("text query Cu-N3", warmup, runs, () -> Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.create().query(SEARCH).dataset(DatasetFactory.wrap(dataset)).build()) {
                return (long) ResultSetFormatter.consume(qe.execSelect());
            }
        }));
        return List.of(convert, load, search);
    }
}
