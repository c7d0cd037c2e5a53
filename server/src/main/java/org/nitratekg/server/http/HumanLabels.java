package org.nitratekg.server.http;

import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.nitratekg.loader.ReviewConverter;
import org.nitratekg.ontology.NKG;

/**
 * A name a person can read for any resource of the graph, so that no page shows a bare IRI as a link: its label
 * when it has one, else a description made from what it is (a table row by its table, row and catalyst, a
 * paragraph by its number and section, a figure by its value and unit, a reference by its number, first author
 * and year). Text is cleaned by {@link DisplayText}. Call inside a read transaction on the graph.
 */
final class HumanLabels {
    private static final int LONGEST = 140;
    private static final Node FOAF_NAME = NodeFactory.createURI("http://xmlns.com/foaf/0.1/name");
    private static final Node OA_EXACT = NodeFactory.createURI("http://www.w3.org/ns/oa#exact");
    private static final Node OA_SELECTOR = NodeFactory.createURI("http://www.w3.org/ns/oa#hasSelector");
    private static final Node OA_START = NodeFactory.createURI("http://www.w3.org/ns/oa#start");
    private static final Node OA_END = NodeFactory.createURI("http://www.w3.org/ns/oa#end");
    private static final List<Node> LABELS = List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode(),
            NKG.printedName.asNode(), DCTerms.title.asNode(), FOAF_NAME);

    private final Graph graph;

    HumanLabels(Graph graph) {
        this.graph = graph;
    }

    Graph graph() {
        return graph;
    }

    String of(Node node) {
        if (node.isLiteral()) {
            return DisplayText.clean(node.getLiteralLexicalForm());
        }
        if (node.isBlank()) {
            return "(unnamed)";
        }
        return label(node).map(HumanLabels::shorten).orElseGet(() -> describe(node));
    }

    Optional<String> label(Node node) {
        for (Node p : LABELS) {
            Optional<String> english = literal(node, p, true);
            if (english.isPresent()) {
                return english.map(DisplayText::clean);
            }
        }
        return Optional.empty();
    }

    private String describe(Node node) {
        if (is(node, "TableRow")) {
            String row = "Table " + value(node, "inTable", "tableNumber").orElse("?") + ", row "
                    + literal(node, NKG.ordinal.asNode(), false).orElse("?");
            return object(node, NKG.reportsCatalyst.asNode()).flatMap(this::label).map(c -> row + ": " + c).orElse(row);
        }
        if (is(node, "Paragraph")) {
            String p = "Paragraph " + literal(node, NKG.ordinal.asNode(), false).orElse("?");
            return value(node, "inSection", "sectionNumber").map(s -> p + " (§ " + s + ")").orElse(p);
        }
        if (is(node, "TableCell")) {
            return literal(node, p("columnHeader"), false).orElse("cell") + ": "
                    + literal(node, p("printedText"), false).map(DisplayText::clean).orElse("");
        }
        Optional<String> number = literal(node, p("numericValue"), false);
        if (number.isPresent()) {
            String kind = typeLabel(node).orElse("value");
            return kind + " " + number.get() + literal(node, p("printedUnit"), false).map(u -> " " + DisplayText.clean(u)).orElse("")
                    + object(node, p("referenceElectrode")).flatMap(e -> literal(e, SKOS.altLabel.asNode(), true)
                            .or(() -> label(e))).map(e -> " vs " + e).orElse("");
        }
        if (is(node, "FigurePanel")) {
            return "Figure " + value(node, "panelOf", "figureNumber").orElse("?") + literal(node, p("panelLabel"), false).orElse("");
        }
        Optional<String> figure = literal(node, p("figureNumber"), false);
        if (figure.isPresent()) {
            return "Figure " + figure.get();
        }
        if (is(node, "ScalingRelation")) {
            List<String> pair = graph.find(node, p("betweenIntermediate"), Node.ANY).mapWith(t -> of(t.getObject())).toList()
                    .stream().sorted().toList();
            return pair.isEmpty() ? "scaling relation" : "the " + String.join("/", pair) + " scaling relation";
        }
        if (is(node, "Reference")) {
            return "[" + literal(node, p("referenceNumber"), false).orElse("?") + "] "
                    + literal(node, p("firstAuthorSurname"), false).orElse("")
                    + literal(node, NodeFactory.createURI("http://purl.org/spar/fabio/hasPublicationYear"), false).map(y -> " " + y).orElse("");
        }
        if (is(node, "Claim")) {
            String subject = literal(node, p("printedSubject"), false)
                    .or(() -> object(node, p("claimSubject")).or(() -> object(node, p("aboutCatalyst"))).flatMap(this::label))
                    .orElse("");
            String kind = typeLabel(node).orElse("claim");
            return subject.isEmpty() ? kind : kind + ": " + subject;
        }
        Optional<String> quote = literal(node, OA_EXACT, false)
                .or(() -> graph.find(node, OA_SELECTOR, Node.ANY).toList().stream()
                        .flatMap(t -> literal(t.getObject(), OA_EXACT, false).stream()).findFirst());
        if (quote.isPresent()) {
            return "“" + shorten(DisplayText.clean(quote.get())) + "”";
        }
        Optional<String> start = literal(node, OA_START, false);
        if (start.isPresent()) {
            return "characters " + start.get() + "–" + literal(node, OA_END, false).orElse("?") + " of the review text";
        }
        String iri = node.getURI();
        if (iri.startsWith(ReviewConverter.DATA_NS)) {
            // "review/slug/table/1/row/6/condition" → "table 1 row 6 condition": the path read as words.
            String path = iri.substring(ReviewConverter.DATA_NS.length()).replaceFirst("^review/[^/]+/", "");
            return path.replace('/', ' ').replace('-', ' ').strip();
        }
        String prefixed = PREFIXES.shortForm(iri);
        return prefixed.equals(iri) ? iri : prefixed;
    }

    /** For terms of the standard vocabularies that carry no label in the graph: {@code rdf:type}, {@code owl:NamedIndividual}. */
    private static final org.apache.jena.shared.PrefixMapping PREFIXES = org.apache.jena.shared.PrefixMapping.Factory.create()
            .setNsPrefixes(org.apache.jena.shared.PrefixMapping.Standard)
            .setNsPrefix("skos", SKOS.uri).setNsPrefix("dcterms", DCTerms.NS)
            .setNsPrefix("prov", "http://www.w3.org/ns/prov#").setNsPrefix("oa", "http://www.w3.org/ns/oa#")
            .setNsPrefix("cito", "http://purl.org/spar/cito/").setNsPrefix("fabio", "http://purl.org/spar/fabio/")
            .setNsPrefix("bibo", "http://purl.org/ontology/bibo/").setNsPrefix("qudt", "http://qudt.org/schema/qudt/")
            .setNsPrefix("unit", "http://qudt.org/vocab/unit/").setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
            .setNsPrefix("nkg", NKG.NS).lock();

    /** The label of the most specific nkg type the node has (a subclass of Claim rather than Claim itself). */
    Optional<String> typeLabel(Node node) {
        if (is(node, "Catalyst")) {
            // A catalyst's classes are facts about it, shown as such; its kind stays "catalyst".
            return literal(NodeFactory.createURI(NKG.NS + "Catalyst"), RDFS.label.asNode(), true).or(() -> Optional.of("catalyst"));
        }
        Optional<String> general = Optional.empty();
        for (Triple t : graph.find(node, RDF.type.asNode(), Node.ANY).toList()) {
            Node type = t.getObject();
            if (!type.isURI() || !type.getURI().startsWith(NKG.NS)) {
                continue;
            }
            Optional<String> l = literal(type, RDFS.label.asNode(), true);
            if (type.getURI().equals(NKG.NS + "Claim")) {
                general = l.or(() -> Optional.of("claim"));
            } else if (l.isPresent()) {
                return l;
            }
        }
        return general;
    }

    /** An individual of the ontology that the data uses (a technique, an intermediate, a strategy…), not a class or property. */
    boolean isTerm(Node node) {
        return node.isURI() && node.getURI().startsWith(NKG.NS) && node.getURI().length() > NKG.NS.length()
                && graph.contains(node, RDF.type.asNode(), org.apache.jena.vocabulary.OWL2.NamedIndividual.asNode());
    }

    boolean is(Node node, String nkgClass) {
        return graph.contains(node, RDF.type.asNode(), NodeFactory.createURI(NKG.NS + nkgClass));
    }

    Optional<Node> object(Node s, Node p) {
        var it = graph.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
        } finally {
            it.close();
        }
    }

    /** A literal value of {@code p}; with {@code preferEnglish} an {@code @en} or plain one before other languages. */
    Optional<String> literal(Node s, Node p, boolean preferEnglish) {
        String any = null;
        for (Triple t : graph.find(s, p, Node.ANY).toList()) {
            Node o = t.getObject();
            if (!o.isLiteral()) {
                continue;
            }
            String lang = o.getLiteralLanguage();
            if (!preferEnglish || lang.isEmpty() || lang.equals("en")) {
                return Optional.of(o.getLiteralLexicalForm());
            }
            any = o.getLiteralLexicalForm();
        }
        return Optional.ofNullable(any);
    }

    private Optional<String> value(Node s, String via, String property) {
        return object(s, p(via)).flatMap(o -> literal(o, p(property), false));
    }

    private static Node p(String local) {
        return NodeFactory.createURI(NKG.NS + local);
    }

    static String shorten(String text) {
        return text.length() <= LONGEST ? text : text.substring(0, LONGEST - 1) + "…";
    }
}
