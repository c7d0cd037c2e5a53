package org.nitratekg.server.store;

import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.nitratekg.ontology.NKG;
import org.nitratekg.ontology.NkgOntology;

/**
 * Adds converted reviews to a dataset in ONE write transaction: if anything fails part way (bad input met late,
 * a full disk, a killed process), the transaction is aborted and the dataset and its text index keep exactly what
 * they had before. Reviews arrive one by one (see {@link ParallelConversion}) and are written as they come, so a
 * load holds a few reviews in memory, not all of them. Each review passes {@link #checkBeforeWriting} before any of
 * its triples is written. The same transaction refreshes the ontology (with its term modules) in the named graph
 * {@value #ONTOLOGY_GRAPH}, so queries can read the labels, definitions and mappings of the terms the data uses
 * without changing what the default graph answers.
 */
public final class StoreLoader {
    private static final int REPORT_EVERY = 500;
    public static final String ONTOLOGY_GRAPH = NKG.ONTOLOGY_IRI;

    private final DatasetGraph dataset;
    private final ProgressListener progress;

    public StoreLoader(DatasetGraph dataset, ProgressListener progress) {
        this.dataset = dataset;
        this.progress = progress;
    }

    /** Loads the models into the default graph; returns the number of triples offered. */
    public long load(List<Model> models) {
        return load(models.iterator(), models.size());
    }

    /**
     * Loads reviews as the iterator yields them, dropping each once written; {@code reviews} is the number expected
     * (for progress only). Returns the number of triples offered.
     */
    public long load(Iterator<Model> models, int reviews) {
        return Txn.calculateWrite(dataset, () -> {
            Graph target = dataset.getDefaultGraph();
            long triples = 0;
            int done = 0;
            while (models.hasNext()) {
                Model model = models.next();
                checkBeforeWriting(model);
                model.getNsPrefixMap().forEach((prefix, uri) -> target.getPrefixMapping().setNsPrefix(prefix, uri));
                for (Iterator<Triple> it = model.getGraph().find(); it.hasNext(); ) {
                    target.add(it.next());
                    if (++triples % REPORT_EVERY == 0) {
                        progress.progress(done, reviews, "storing");
                    }
                }
                done++;
                progress.progress(done, reviews, "storing");
            }
            // Written past the text index: searches find the review's words, not the ontology's vocabulary.
            DatasetGraph unindexed = NkgDatasets.unindexed(dataset);
            Node ontologyGraph = NodeFactory.createURI(ONTOLOGY_GRAPH);
            unindexed.removeGraph(ontologyGraph);
            unindexed.addGraph(ontologyGraph, NkgOntology.ontologyWithImports().getGraph());
            return triples;
        });
    }

    /**
     * Checks one converted review inside the write transaction, before any of its triples reaches the store (the
     * store as loaded so far is readable through {@link #dataset}); throwing aborts the whole load.
     */
    private void checkBeforeWriting(Model review) {
        // per-review checks go here, one line each; the store already holds the reviews written before in this load
        ReviewConflicts.refuse(dataset.getDefaultGraph(), review);
    }
}
