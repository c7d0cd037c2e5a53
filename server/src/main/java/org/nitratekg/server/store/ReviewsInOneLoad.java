package org.nitratekg.server.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.nitratekg.ontology.NKG;

/**
 * The per-review check of a {@link StagedLoad}, which writes into a store that is empty until the load commits: a
 * review may only conflict with one written earlier in the same load (see {@link ReviewConflicts}). Memory holds
 * each review's IRI and input, not its triples; when an IRI comes again, the earlier input is converted again and the
 * two are compared, as {@link StoreLoader} compares a review with the store.
 */
public final class ReviewsInOneLoad<T> implements StagedLoad.ReviewCheck {
    private final List<T> inputs;
    private final Function<T, Model> convert;
    private final Map<String, T> firstInputOf = new HashMap<>();
    private int next;

    /** {@code inputs} in the order their models will be checked. */
    public ReviewsInOneLoad(List<T> inputs, Function<T, Model> convert) {
        this.inputs = inputs;
        this.convert = convert;
    }

    @Override
    public void check(Model review) {
        T input = inputs.get(next++);
        for (Resource r : review.listSubjectsWithProperty(RDF.type, NKG.Review).toList()) {
            if (!r.isURIResource()) {
                continue;
            }
            T earlier = firstInputOf.putIfAbsent(r.getURI(), input);
            if (earlier != null) {
                ReviewConflicts.refuse(convert.apply(earlier).getGraph(), review);
            }
        }
    }
}
