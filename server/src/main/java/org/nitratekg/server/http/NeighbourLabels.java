package org.nitratekg.server.http;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.nitratekg.ontology.NKG;

/** The labels of the resources a description links to, so that the HTML page can show names instead of IRIs. */
final class NeighbourLabels {
    private static final List<Node> LABEL_PREDICATES = List.of(
            RDFS.label.asNode(), SKOS.prefLabel.asNode(), NKG.printedName.asNode(), DCTerms.title.asNode());

    private NeighbourLabels() {}

    /** Call inside a read transaction on {@code graph}. */
    static Model of(Graph graph, Model description) {
        Set<Node> neighbours = new HashSet<>();
        description.getGraph().find().forEach(t -> {
            neighbours.add(t.getSubject());
            neighbours.add(t.getPredicate());
            neighbours.add(t.getObject());
        });
        Model labels = ModelFactory.createDefaultModel();
        for (Node n : neighbours) {
            if (!n.isURI()) {
                continue;
            }
            for (Node p : LABEL_PREDICATES) {
                graph.find(n, p, Node.ANY).forEach((Triple t) -> labels.getGraph().add(t));
            }
        }
        return labels;
    }
}
