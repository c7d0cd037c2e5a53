package org.nitratekg.server.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.nitratekg.ontology.NKG;

/**
 * The facts of a cited work or of a review: authors in the order the paper prints them, title, journal, year,
 * volume, pages and a DOI link. A cited work's authors are stored as a set; their printed order is read from the
 * reference as printed in the review.
 */
final class ReferenceFacts {
    private static final String DCT = "http://purl.org/dc/terms/";
    private static final String BIBO = "http://purl.org/ontology/bibo/";

    private ReferenceFacts() {}

    static void add(Graph graph, Node ref, HumanLabels labels, List<EntityView.Fact> facts) {
        String printed = labels.literal(ref, p("printedText"), false).orElse("");
        List<String> authors = graph.find(ref, uri(DCT + "creator"), Node.ANY).mapWith(t -> labels.of(t.getObject())).toList();
        facts.add(new EntityView.Fact("Authors", printedOrder(authors, printed).stream().map(PageLink::text).toList()));
        add(facts, "Title", labels.literal(ref, uri(DCT + "title"), false));
        add(facts, "Journal", labels.literal(ref, p("journalAbbreviation"), false));
        add(facts, "Year", labels.literal(ref, uri("http://purl.org/spar/fabio/hasPublicationYear"), false));
        add(facts, "Volume", labels.literal(ref, uri(BIBO + "volume"), false));
        add(facts, "Page or article", labels.literal(ref, p("firstPageOrArticle"), false));
        doi(graph, ref, labels).ifPresent(d -> facts.add(new EntityView.Fact("DOI", List.of(d))));
        add(facts, "As printed", Optional.of(printed).filter(s -> !s.isEmpty()));
        facts.removeIf(f -> f.values().isEmpty());
    }

    static void addReview(Graph graph, Node review, HumanLabels labels, List<EntityView.Fact> facts) {
        List<Node> people = new ArrayList<>(graph.find(review, uri(DCT + "creator"), Node.ANY).mapWith(t -> t.getObject()).toList());
        people.sort(Comparator.comparing((Node n) -> labels.literal(n, NKG.ordinal.asNode(), false).map(Integer::valueOf).orElse(0)));
        if (!people.isEmpty()) {
            facts.add(new EntityView.Fact("Authors", people.stream().map(n -> PageLink.text(labels.of(n))).toList()));
        }
        add(facts, "Published", labels.literal(review, uri(DCT + "issued"), false));
        doi(graph, review, labels).ifPresent(d -> facts.add(new EntityView.Fact("DOI", List.of(d))));
        labels.object(review, uri(DCT + "license")).ifPresent(l -> facts.add(new EntityView.Fact("Licence", List.of(PageLink.of(l, labels)))));
        add(facts, "Abstract", labels.literal(review, uri(DCT + "abstract"), false));
    }

    /** Authors sorted by where they first appear in the printed reference; those not found keep their place at the end. */
    static List<String> printedOrder(List<String> authors, String printed) {
        return authors.stream().sorted(Comparator.comparingInt((String a) -> {
            int at = printed.indexOf(a);
            return at < 0 ? Integer.MAX_VALUE : at;
        }).thenComparing(a -> a)).toList();
    }

    private static Optional<PageLink> doi(Graph graph, Node work, HumanLabels labels) {
        return labels.literal(work, uri(BIBO + "doi"), false)
                .map(d -> new PageLink(d, "https://doi.org/" + d));
    }

    private static void add(List<EntityView.Fact> facts, String name, Optional<String> value) {
        value.ifPresent(v -> facts.add(new EntityView.Fact(name, List.of(PageLink.text(DisplayText.clean(v))))));
    }

    private static Node p(String local) {
        return uri(NKG.NS + local);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
