package org.nitratekg.server.http;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.nitratekg.ontology.NKG;

/**
 * Whether a hit belongs to a review's back matter (funding, conflicts of interest, acknowledgements, data
 * availability…): a section without a number that comes after the review's numbered sections, or a paragraph in
 * one. Read from the section structure, not from section titles, so it holds for any review of this kind.
 */
final class BackMatter {
    private final Graph graph;
    private final HumanLabels labels;
    private final Map<Node, Integer> lastNumbered = new HashMap<>();

    BackMatter(Graph graph, HumanLabels labels) {
        this.graph = graph;
        this.labels = labels;
    }

    boolean isBackMatter(Node hit) {
        Optional<Node> section = labels.is(hit, "Section") ? Optional.of(hit) : labels.object(hit, p("inSection"));
        if (section.isEmpty() || labels.literal(section.get(), p("sectionNumber"), false).isPresent()) {
            return false;
        }
        Optional<Node> review = labels.object(section.get(), p("partOfReview"));
        Optional<Integer> ordinal = labels.literal(section.get(), NKG.ordinal.asNode(), false).map(Integer::valueOf);
        if (review.isEmpty() || ordinal.isEmpty()) {
            return false;
        }
        return ordinal.get() > lastNumbered.computeIfAbsent(review.get(), this::lastNumberedOrdinal);
    }

    private int lastNumberedOrdinal(Node review) {
        int last = Integer.MAX_VALUE;
        int found = -1;
        for (var t : graph.find(Node.ANY, p("partOfReview"), review).toList()) {
            Node s = t.getSubject();
            if (labels.is(s, "Section") && labels.literal(s, p("sectionNumber"), false).isPresent()) {
                found = Math.max(found, labels.literal(s, NKG.ordinal.asNode(), false).map(Integer::valueOf).orElse(-1));
            }
        }
        return found < 0 ? last : found;
    }

    private static Node p(String local) {
        return NodeFactory.createURI(NKG.NS + local);
    }
}
