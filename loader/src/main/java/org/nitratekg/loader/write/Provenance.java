package org.nitratekg.loader.write;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.nitratekg.ontology.NKG;

/**
 * Locates parts and facts in the review's text: the line they start on, and Web Annotation selectors (an exact quote
 * with some context, and a position in Unicode code points) on the source text file.
 */
final class Provenance {
    private static final int CONTEXT = 32;
    private static final Node SOURCE_LINE = NKG.sourceLine.asNode();
    private static final Node TYPE = RDF.type.asNode();
    private static final Node TEXT_QUOTE_SELECTOR = Terms.TextQuoteSelector.asNode();
    private static final Node TEXT_POSITION_SELECTOR = Terms.TextPositionSelector.asNode();
    private static final Node SPECIFIC_RESOURCE = Terms.SpecificResource.asNode();
    private static final Node EXACT = Terms.exact.asNode();
    private static final Node PREFIX = Terms.prefix.asNode();
    private static final Node SUFFIX = Terms.suffix.asNode();
    private static final Node START = Terms.start.asNode();
    private static final Node END = Terms.end.asNode();
    private static final Node HAS_SOURCE = Terms.hasSource.asNode();
    private static final Node HAS_SELECTOR = Terms.hasSelector.asNode();
    private static final Node QUOTE = NKG.quote.asNode();
    private static final Node WAS_DERIVED_FROM = Terms.wasDerivedFrom.asNode();

    private final Model model;
    private final Resource source;
    private final String text;
    private final int[] codePointAt;

    Provenance(Model model, Resource source, String text) {
        this.model = model;
        this.source = source;
        this.text = text;
        this.codePointAt = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            codePointAt[i] = cp;
            if (!Character.isHighSurrogate(text.charAt(i))) {
                cp++;
            }
        }
        codePointAt[text.length()] = cp;
    }

    Resource source() {
        return source;
    }

    /**
     * Adds line, quote and position selectors for the file span [start, end) to a part or fact. Written straight to
     * the graph with nodes made once: this runs for every part and fact, and the Model API's wrapping of each
     * statement and resource was a large share of the write stage.
     */
    void locate(Resource subject, int line, int start, int end) {
        Graph graph = model.getGraph();
        Node s = subject.asNode();
        String iri = subject.getURI();
        Node quote = NodeFactory.createURI(iri + "/quote");
        Node position = NodeFactory.createURI(iri + "/position");
        Node target = NodeFactory.createURI(iri + "/source");
        graph.add(s, SOURCE_LINE, integer(line));
        graph.add(quote, TYPE, TEXT_QUOTE_SELECTOR);
        graph.add(quote, EXACT, NodeFactory.createLiteralString(text.substring(start, end)));
        if (start > 0) {
            graph.add(quote, PREFIX, NodeFactory.createLiteralString(text.substring(Math.max(0, start - CONTEXT), start)));
        }
        if (end < text.length()) {
            graph.add(quote, SUFFIX, NodeFactory.createLiteralString(text.substring(end, Math.min(text.length(), end + CONTEXT))));
        }
        graph.add(position, TYPE, TEXT_POSITION_SELECTOR);
        graph.add(position, START, integer(codePointAt[start]));
        graph.add(position, END, integer(codePointAt[end]));
        graph.add(target, TYPE, SPECIFIC_RESOURCE);
        graph.add(target, HAS_SOURCE, source.asNode());
        graph.add(target, HAS_SELECTOR, quote);
        graph.add(target, HAS_SELECTOR, position);
        graph.add(s, QUOTE, quote);
        graph.add(s, WAS_DERIVED_FROM, target);
    }

    private static Node integer(long n) {
        return Terms.integerNode(n);
    }
}
