package org.nitratekg.server.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.nitratekg.loader.ReviewConverter;
import org.nitratekg.loader.ReviewText;
import org.nitratekg.queries.NamedQueries;
import org.nitratekg.server.store.NkgDatasets;
import org.nitratekg.server.store.ProgressListener;
import org.nitratekg.server.store.StoreLoader;
import org.nitratekg.server.synth.SyntheticReview;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The named queries with fixed columns and the search page's text query, over {@code reviews} reviews (the bundled
 * one and synthetic variants) in an in-memory dataset with its text index.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class QueryBenchmark {
    /** The text query the search page sends. */
    static final String SEARCH = """
            PREFIX text: <http://jena.apache.org/text#>
            SELECT ?s ?score ?snippet { (?s ?score ?snippet) text:query ("Cu-N3" 180 "highlight:m:2 | z:220") }""";

    @Param({"1"})
    public int reviews;

    @Param({"performance-table", "references", "scaling-relation-claims", "characterization-evidence",
            "rate-determining-steps", "coordination", "catalyst-classes", "prose-performance", "screening", "text-search"})
    public String query;

    private DatasetGraph dataset;
    private String sparql;

    @Setup
    public void load() {
        ReviewConverter converter = new ReviewConverter();
        SyntheticReview synthetic = new SyntheticReview(ReviewText.bundled());
        dataset = NkgDatasets.inMemory();
        StoreLoader loader = new StoreLoader(dataset, ProgressListener.NONE);
        loader.load(List.of(converter.convert(ReviewText.bundled())));
        for (int n = 1; n < reviews; n++) {
            loader.load(List.of(converter.convert(synthetic.variant(n))));
        }
        sparql = query.equals("text-search") ? SEARCH
                : NamedQueries.text(query).orElseThrow(() -> new IllegalArgumentException("no named query " + query));
    }

    @org.openjdk.jmh.annotations.Benchmark
    public long run() {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.create().query(sparql).dataset(DatasetFactory.wrap(dataset)).build()) {
                return (long) ResultSetFormatter.consume(qe.execSelect());
            }
        });
    }
}
