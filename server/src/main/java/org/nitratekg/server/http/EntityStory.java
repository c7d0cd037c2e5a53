package org.nitratekg.server.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.nitratekg.loader.ReviewConverter;
import org.nitratekg.ontology.NKG;

/**
 * Tells what the graph says about one resource, as an {@link EntityView}: the facts a reader looks for first for
 * its kind (a catalyst's class and why, motif, performance, claims, evidence, mentions and references; a claim as a
 * sentence with its quote highlighted in its paragraph; a paragraph with its breadcrumb and neighbours; a reference
 * with its authors in printed order), then every statement. Call inside a read transaction on the graph.
 */
final class EntityStory {
    private static final int MOST_MENTIONS = 40;
    static final String CITO_CITES = "http://purl.org/spar/cito/cites";
    private static final Node OA_EXACT = NodeFactory.createURI("http://www.w3.org/ns/oa#exact");

    private final Graph graph;
    private final Model data;
    private final HumanLabels labels;
    private final Node self;

    private EntityStory(Graph graph, String iri) {
        this.graph = graph;
        this.data = ModelFactory.createModelForGraph(graph);
        this.labels = new HumanLabels(graph);
        this.self = NodeFactory.createURI(iri);
    }

    /**
     * @param highlight for a paragraph: the data path of a claim or quote selector whose quote to mark, or plain
     *                  text to mark; may be null
     */
    static EntityView tell(Graph graph, String iri, Model description, String highlight) {
        return new EntityStory(graph, iri).build(description, highlight);
    }

    private EntityView build(Model description, String highlight) {
        List<PageLink> breadcrumb = new ArrayList<>();
        List<EntityView.Fact> facts = new ArrayList<>();
        List<StoryTable> sections = new ArrayList<>();
        String statement = null;
        Passage passage = null;
        PageLink previous = null;
        PageLink next = null;
        RDFNode entity = data.asRDFNode(self);
        ClaimSentence claims = new ClaimSentence(graph, labels);

        if (labels.is(self, "Catalyst")) {
            List<Node> assignments = nodes(self, "classAssignment");
            fact(facts, "Class", assignments.stream().flatMap(a -> objectsOf(a, NKG.NS + "assignedClass").stream()).distinct().toList());
            fact(facts, "Why this class", assignments.stream()
                    .flatMap(a -> labels.literal(a, p("basisText"), false).stream()).distinct().map(PageLink::text).toList());
            fact(facts, "Site motif", objects(NKG.NS + "hasMotif"));
            fact(facts, "Coordination", objects(NKG.NS + "hasCoordination"));
            sections.add(StoryTable.run("performance", data, entity, labels));
            sections.add(StoryTable.run("claims", data, entity, labels));
            sections.add(StoryTable.run("evidence", data, entity, labels));
            sections.add(StoryTable.run("references", data, entity, labels));
        } else if (labels.is(self, "Claim")) {
            statement = claims.sentence(self);
            claimFacts(facts);
            Optional<Node> paragraph = labels.object(self, p("derivedFromPart"));
            Optional<String> quote = labels.object(self, p("quote")).flatMap(q -> labels.literal(q, OA_EXACT, false));
            if (paragraph.isPresent()) {
                String href = LocalLinks.href(paragraph.get().getURI()).orElse("")
                        + "?quote=" + java.net.URLEncoder.encode(path(self.getURI()), java.nio.charset.StandardCharsets.UTF_8) + "#quote";
                passage = Passage.of("The quote in its paragraph", paragraphText(paragraph.get()), quote.orElse(null),
                        new PageLink("Show in the review: " + labels.of(paragraph.get()), href));
            }
            if (labels.is(self, "CharacterizationEvidence")) {
                sections.add(StoryTable.run("evidence", data, entity, labels));
            }
        } else if (labels.is(self, "Paragraph") || labels.is(self, "FigureCaption")) {
            breadcrumb.addAll(breadcrumbOf(self));
            passage = Passage.of("Text", paragraphText(self), wantedQuote(highlight), null);
            PageLink[] around = neighbours();
            previous = around[0];
            next = around[1];
            fact(facts, "Mentions", objects(NKG.NS + "mentions"));
            fact(facts, "Cites", objects(CITO_CITES));
        } else if (labels.is(self, "Reference")) {
            ReferenceFacts.add(graph, self, labels, facts);
            sections.add(StoryTable.run("cited-in", data, entity, labels));
        } else if (labels.is(self, "Review")) {
            ReferenceFacts.addReview(graph, self, labels, facts);
            sections.add(StoryTable.run("sections", data, entity, labels));
        } else if (labels.is(self, "TableRow")) {
            labels.object(self, p("partOfReview")).ifPresent(r -> breadcrumb.add(PageLink.of(r, labels)));
            fact(facts, "Catalyst", objects(NKG.NS + "reportsCatalyst"));
            fact(facts, "Figures", objects(NKG.NS + "hasPerformance"));
            fact(facts, "As printed", labels.literal(self, p("text"), false).map(t -> List.of(PageLink.text(DisplayText.clean(t)))).orElse(List.of()));
            fact(facts, "Cites", objects(CITO_CITES));
            fact(facts, "Compare", List.of(new PageLink("this row among all performance rows",
                    ComparisonServlet.PATH + "#" + ComparisonServlet.rowAnchor(self.getURI()))));
        } else if (labels.is(self, "Section")) {
            breadcrumb.addAll(breadcrumbOf(self));
            sections.add(StoryTable.run("occurs", data, entity, labels));
        } else {
            sections.add(StoryTable.run("claims", data, entity, labels));
            sections.add(StoryTable.run("evidence", data, entity, labels));
            sections.add(StoryTable.run("occurs", data, entity, labels));
        }
        List<Passage> mentions = labels.is(self, "Paragraph") ? List.of() : mentions();
        return new EntityView(labels.typeLabel(self).orElse("resource"), labels.of(self), self.getURI(), breadcrumb,
                statement, facts, passage, previous, next, mentions,
                sections.stream().filter(StoryTable::hasRows).toList(), statements(description));
    }

    private void claimFacts(List<EntityView.Fact> facts) {
        fact(facts, "About", objects(NKG.NS + "claimSubject"));
        fact(facts, "Catalyst", objects(NKG.NS + "aboutCatalyst"));
        fact(facts, "Scaling relation", objects(NKG.NS + "aboutScalingRelation"));
        fact(facts, "Technique", objects(NKG.NS + "usesTechnique"));
        fact(facts, "Mode", objects(NKG.NS + "inMode"));
        fact(facts, "Evidence", objects(NKG.NS + "evidenceType"));
        fact(facts, "Hedged", labels.literal(self, p("hedged"), false).map(h -> List.of(PageLink.text(h.equals("true") ? "yes" : "no"))).orElse(List.of()));
        fact(facts, "Supports", objects(NKG.NS + "supportsClaim"));
        fact(facts, "Section", objects(NKG.NS + "inSection"));
        fact(facts, "Cites", objects(CITO_CITES));
    }

    private String wantedQuote(String highlight) {
        if (highlight == null || highlight.isBlank()) {
            return null;
        }
        String h = highlight.strip();
        String path = h.startsWith(LocalLinks.ID_PATH) ? h.substring(LocalLinks.ID_PATH.length()) : h;
        Node named = NodeFactory.createURI(ReviewConverter.DATA_NS + path);
        Optional<String> exact = labels.literal(named, OA_EXACT, false)
                .or(() -> labels.object(named, p("quote")).flatMap(q -> labels.literal(q, OA_EXACT, false)));
        return exact.orElse(h);
    }

    private String paragraphText(Node paragraph) {
        return labels.literal(paragraph, p("text"), false).or(() -> labels.literal(paragraph, p("printedText"), false)).orElse("");
    }

    /** The review, then each enclosing section from the outermost. */
    private List<PageLink> breadcrumbOf(Node part) {
        List<PageLink> trail = new ArrayList<>();
        labels.object(part, p("partOfReview")).ifPresent(r -> trail.add(PageLink.of(r, labels)));
        List<PageLink> sections = new ArrayList<>();
        Optional<Node> section = labels.is(part, "Section") ? labels.object(part, p("subsectionOf")) : labels.object(part, p("inSection"));
        Set<Node> seen = new LinkedHashSet<>();
        while (section.isPresent() && seen.add(section.get())) {
            sections.addFirst(PageLink.of(section.get(), labels));
            section = labels.object(section.get(), p("subsectionOf"));
        }
        trail.addAll(sections);
        return trail;
    }

    /** The paragraphs numbered one before and one after this one in the same review. */
    private PageLink[] neighbours() {
        PageLink[] around = new PageLink[2];
        Optional<Node> review = labels.object(self, p("partOfReview"));
        Optional<Integer> ordinal = labels.literal(self, NKG.ordinal.asNode(), false).map(Integer::valueOf);
        if (review.isEmpty() || ordinal.isEmpty()) {
            return around;
        }
        graph.find(Node.ANY, p("partOfReview"), review.get()).forEach(t -> {
            Node other = t.getSubject();
            if (!labels.is(other, "Paragraph")) {
                return;
            }
            Optional<Integer> n = labels.literal(other, NKG.ordinal.asNode(), false).map(Integer::valueOf);
            if (n.isPresent() && n.get() == ordinal.get() - 1) {
                around[0] = PageLink.of(other, labels);
            } else if (n.isPresent() && n.get() == ordinal.get() + 1) {
                around[1] = PageLink.of(other, labels);
            }
        });
        return around;
    }

    /** The paragraphs that mention this resource, each a snippet around its name linking to the paragraph. */
    private List<Passage> mentions() {
        String name = labels.literal(self, NKG.printedName.asNode(), false).orElseGet(() -> labels.of(self));
        List<Node> paragraphs = graph.find(Node.ANY, p("mentions"), self).mapWith(t -> t.getSubject()).toList();
        paragraphs.sort(Comparator.comparing((Node n) -> labels.literal(n, NKG.ordinal.asNode(), false).map(Integer::valueOf).orElse(0)));
        List<Passage> out = new ArrayList<>();
        for (Node paragraph : paragraphs.subList(0, Math.min(MOST_MENTIONS, paragraphs.size()))) {
            String href = LocalLinks.href(paragraph.getURI()).orElse("") + "?quote="
                    + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8) + "#quote";
            out.add(Passage.snippet(paragraphText(paragraph), name, 90, new PageLink(labels.of(paragraph), href)));
        }
        return out;
    }

    private List<EntityView.Statement> statements(Model description) {
        List<EntityView.Statement> out = new ArrayList<>();
        description.listStatements().forEach(st -> {
            Node s = st.getSubject().asNode();
            Node o = st.getObject().asNode();
            if (s.equals(self)) {
                out.add(new EntityView.Statement(null, PageLink.of(st.getPredicate().asNode(), labels), PageLink.of(o, labels), false));
            } else if (o.equals(self)) {
                out.add(new EntityView.Statement(PageLink.of(s, labels), PageLink.of(st.getPredicate().asNode(), labels), null, true));
            }
        });
        out.sort(Comparator.comparing((EntityView.Statement st) -> st.incoming())
                .thenComparing(st -> st.predicate().text()));
        return out;
    }

    private List<PageLink> objects(String property) {
        return objectsOf(self, property);
    }

    private List<PageLink> objectsOf(Node subject, String property) {
        return graph.find(subject, NodeFactory.createURI(property), Node.ANY).mapWith(t -> PageLink.of(t.getObject(), labels))
                .toList().stream().sorted(Comparator.comparing(PageLink::text)).toList();
    }

    private List<Node> nodes(Node subject, String nkgProperty) {
        return graph.find(subject, p(nkgProperty), Node.ANY).mapWith(t -> t.getObject()).toList();
    }

    private static void fact(List<EntityView.Fact> facts, String name, List<PageLink> values) {
        if (!values.isEmpty()) {
            facts.add(new EntityView.Fact(name, values));
        }
    }

    private static String path(String iri) {
        return iri.startsWith(ReviewConverter.DATA_NS) ? iri.substring(ReviewConverter.DATA_NS.length()) : iri;
    }

    private static Node p(String local) {
        return NodeFactory.createURI(NKG.NS + local);
    }
}
