package org.nitratekg.server.store;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.nitratekg.ontology.NKG;
import org.nitratekg.server.io.BadInputException;

/**
 * Refuses to add a review whose IRI (minted from its DOI, or its title without one) is already in the store, or
 * earlier in the same load, with other content: the two would merge silently, each section with two titles and
 * each paragraph with two texts. Loading the same text again changes nothing and is allowed. Every statement
 * about the review's own resources ({@code …/review/{slug}} and below) is compared, blank nodes aside (they get
 * new labels on each conversion) and the source file's name aside (the same text may come from another file).
 */
public final class ReviewConflicts {
    private ReviewConflicts() {}

    /** Throws {@link BadInputException} for the first model that conflicts with the store or an earlier model. */
    public static void refuse(Graph store, List<Model> models) {
        Graph earlier = GraphFactory.createDefaultGraph();
        for (Model model : models) {
            for (Resource review : model.listSubjectsWithProperty(RDF.type, NKG.Review).toList()) {
                if (!review.isURIResource()) {
                    continue;
                }
                for (Graph other : List.of(store, earlier)) {
                    Node differing = firstDifference(other, model.getGraph(), review.getURI());
                    if (differing != null) {
                        throw new BadInputException(sourceName(model, review) + ":1: a review not yet in the store under "
                                + "another text, found " + review.getURI() + " already loaded with other content (first "
                                + "difference at " + differing.getURI() + "); load it into a new store or remove the other first");
                    }
                }
            }
            model.getGraph().find().forEach(earlier::add);
        }
    }

    /** The first resource of the review whose statements differ between the two graphs; null when none does or {@code other} lacks the review. */
    static Node firstDifference(Graph other, Graph mine, String reviewIri) {
        Node review = org.apache.jena.graph.NodeFactory.createURI(reviewIri);
        if (!other.contains(review, Node.ANY, Node.ANY)) {
            return null;
        }
        Set<Node> subjects = new HashSet<>();
        mine.find().forEach(t -> {
            Node s = t.getSubject();
            if (s.isURI() && (s.getURI().equals(reviewIri) || s.getURI().startsWith(reviewIri + "/"))) {
                subjects.add(s);
            }
        });
        for (Node s : subjects) {
            if (!statements(other, s).equals(statements(mine, s))) {
                return s;
            }
        }
        return null;
    }

    private static Set<Triple> statements(Graph graph, Node subject) {
        Set<Triple> out = new HashSet<>();
        graph.find(subject, Node.ANY, Node.ANY).forEach(t -> {
            boolean sourceName = t.getPredicate().equals(RDFS.label.asNode()) && subject.getURI().endsWith("/source");
            if (!t.getObject().isBlank() && !sourceName) {
                out.add(t);
            }
        });
        return out;
    }

    private static String sourceName(Model model, Resource review) {
        Resource source = model.getResource(review.getURI() + "/source");
        return source.hasProperty(RDFS.label) ? source.getProperty(RDFS.label).getString() : review.getURI();
    }
}
