package org.nitratekg.server.store;

import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Adds converted reviews to a dataset in ONE write transaction: if anything fails part way, the transaction is
 * aborted and the dataset and its text index keep exactly what they had before.
 */
public final class StoreLoader {
    private static final int REPORT_EVERY = 500;

    private final DatasetGraph dataset;
    private final ProgressListener progress;

    public StoreLoader(DatasetGraph dataset, ProgressListener progress) {
        this.dataset = dataset;
        this.progress = progress;
    }

    /** Loads the models into the default graph; returns the number of triples offered. */
    public long load(List<Model> models) {
        long total = models.stream().mapToLong(Model::size).sum();
        Txn.executeWrite(dataset, () -> {
            Graph target = dataset.getDefaultGraph();
            long done = 0;
            for (Model model : models) {
                model.getNsPrefixMap().forEach((prefix, uri) -> target.getPrefixMapping().setNsPrefix(prefix, uri));
                for (Iterator<Triple> it = model.getGraph().find(); it.hasNext(); ) {
                    target.add(it.next());
                    done++;
                    if (done % REPORT_EVERY == 0) {
                        progress.progress(done, total, "storing");
                    }
                }
            }
            progress.progress(done, total, "storing");
        });
        return total;
    }
}
