package org.nitratekg.server.publish;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.vocabulary.RDF;
import org.nitratekg.ontology.NKG;

/**
 * Writes converted reviews to any SPARQL 1.1 Graph Store Protocol endpoint, each review as its own named graph
 * (the review's IRI). A PUT replaces the graph, so publishing a review again leaves one copy of it.
 */
public final class GraphStorePublisher {
    private final String endpoint;

    public GraphStorePublisher(String endpoint) {
        this.endpoint = endpoint;
    }

    /** Replaces the review's named graph with the model; returns the graph's name. */
    public String publish(Model review) {
        String graph = reviewIri(review);
        GSP.service(endpoint).graphName(graph).PUT(review.getGraph());
        return graph;
    }

    static String reviewIri(Model model) {
        var reviews = model.listResourcesWithProperty(RDF.type, NKG.Review).toList();
        if (reviews.size() != 1 || !reviews.getFirst().isURIResource()) {
            throw new IllegalArgumentException("a converted review holds one nkg:Review with an IRI, found " + reviews.size());
        }
        Resource review = reviews.getFirst();
        return review.getURI();
    }
}
