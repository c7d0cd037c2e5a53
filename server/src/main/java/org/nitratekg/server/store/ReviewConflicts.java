package org.nitratekg.server.store;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.nitratekg.ontology.NKG;
import org.nitratekg.server.io.BadInputException;

/**
 * Refuses to add a review whose IRI (minted from its DOI, or its title without one) is already in the store (or
 * was written earlier in the same load) with other content: the two would merge silently, each section with two titles and
 * each paragraph with two texts. Loading the same text again changes nothing and is allowed. Every statement
 * about the review's own resources ({@code …/review/{slug}} and below) is compared, blank nodes aside (they get
 * new labels on each conversion) and the source file's name aside (the same text may come from another file).
 */
public final class ReviewConflicts {
    private ReviewConflicts() {}

    /**
     * Throws {@link BadInputException} if the model's review is in the store with other statements. Called before the
     * model is written, inside the load's transaction, so reviews written earlier in the same load are in the store.
     */
    public static void refuse(Graph store, Model model) {
        for (Resource review : model.listSubjectsWithProperty(RDF.type, NKG.Review).toList()) {
            if (!review.isURIResource()) {
                continue;
            }
            Node differing = firstDifference(store, model.getGraph(), review.getURI());
            if (differing != null) {
                throw new BadInputException(sourceName(model, review) + ":1: a review not yet in the store under "
                        + "another text, found " + review.getURI() + " already loaded with other content (first "
                        + "difference at " + differing.getURI() + "); load it into a new store or remove the other first");
            }
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
            if (!sameStatements(statements(other, s), statements(mine, s))) {
                return s;
            }
        }
        return null;
    }

    /**
     * Equal by value, not by term: a TDB2 store gives back numbers and dates in their canonical form ("97.0" for a
     * decimal printed "97"), so the same text loaded again must still count as the same.
     */
    private static boolean sameStatements(Set<Triple> stored, Set<Triple> offered) {
        if (stored.size() != offered.size()) {
            return false;
        }
        return offered.stream().allMatch(t -> stored.contains(t) || stored.stream().anyMatch(u ->
                u.getPredicate().equals(t.getPredicate()) && u.getObject().sameValueAs(t.getObject())));
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
