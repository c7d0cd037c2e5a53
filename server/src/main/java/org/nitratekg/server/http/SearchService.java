package org.nitratekg.server.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.nitratekg.ontology.NKG;

/**
 * The search behind the search page: the text index asked once, its hits grouped to one per entity (a table
 * row's cells count for the row), ranked so that for prose words paragraphs come before captions and reference
 * titles, back matter (funding, conflicts, acknowledgements: the unnumbered sections after the numbered ones) left
 * out unless asked for, counted by kind and review for the facets, then filtered by the chosen facets and paged.
 */
final class SearchService {
    static final int PAGE_SIZE = 20;
    private static final int MOST_INDEX_HITS = 2000;
    private static final String QUERY = """
            PREFIX text: <http://jena.apache.org/text#>
            SELECT ?hit ?score ?snippet WHERE { (?hit ?score ?snippet) text:query (%s %d "highlight:m:2 | z:220") }""";
    /** How much a kind of hit weighs against another with the same text score. */
    private static final Map<String, Double> WEIGHT = Map.ofEntries(
            Map.entry("paragraph", 1.0), Map.entry("table row", 1.0), Map.entry("catalyst", 1.2),
            Map.entry("site motif", 1.2), Map.entry("intermediate", 1.2), Map.entry("characterization technique", 1.2),
            Map.entry("design strategy", 1.1), Map.entry("section", 0.8), Map.entry("figure caption", 0.6),
            Map.entry("figure panel", 0.6), Map.entry("reference", 0.5), Map.entry("review", 0.7));

    record Hit(String iri, PageLink link, String kind, String review, String reviewTitle, PageLink section, String snippet,
               double score) {}

    record Result(String typed, boolean explicit, int total, int page, int pages, List<Hit> hits,
                  Map<String, Integer> kinds, Map<String, Integer> reviews, Map<String, String> reviewTitles,
                  int backMatterLeftOut, Optional<String> feAtLeast, String error) {}

    private final DatasetGraph dataset;

    SearchService(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    Result search(String typed, String kind, String review, boolean backMatter, int page) {
        SearchWords words = SearchWords.of(typed);
        if (words.isEmpty()) {
            return new Result(typed, false, 0, 1, 0, List.of(), Map.of(), Map.of(), Map.of(), 0, words.feAtLeast(), null);
        }
        return Txn.calculateRead(dataset, () -> {
            Graph graph = new Union(dataset.getDefaultGraph(), dataset.getUnionGraph());
            HumanLabels labels = new HumanLabels(graph);
            Map<String, Hit> grouped;
            String error = null;
            try {
                grouped = ask(words.lucene(), graph, labels);
            } catch (RuntimeException refused) {
                // Explicit operators the index cannot parse: search for the words instead, and say so.
                grouped = ask(words.escaped(), graph, labels);
                error = "The operators could not be read; searched for the words instead.";
            }
            BackMatter back = new BackMatter(graph, labels);
            List<Hit> all = new ArrayList<>();
            int leftOut = 0;
            for (Hit h : grouped.values()) {
                if (!backMatter && back.isBackMatter(NodeFactory.createURI(h.iri()))) {
                    leftOut++;
                } else {
                    all.add(h);
                }
            }
            all.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparing(Hit::iri));
            Map<String, Integer> kinds = new TreeMap<>();
            Map<String, Integer> reviews = new TreeMap<>();
            Map<String, String> titles = new TreeMap<>();
            for (Hit h : all) {
                kinds.merge(h.kind(), 1, Integer::sum);
                if (h.review() != null) {
                    reviews.merge(h.review(), 1, Integer::sum);
                    titles.put(h.review(), h.reviewTitle());
                }
            }
            List<Hit> chosen = all.stream()
                    .filter(h -> kind == null || kind.isEmpty() || h.kind().equals(kind))
                    .filter(h -> review == null || review.isEmpty() || review.equals(h.review()))
                    .toList();
            int pages = (chosen.size() + PAGE_SIZE - 1) / PAGE_SIZE;
            int p = Math.max(1, Math.min(page, Math.max(1, pages)));
            List<Hit> shown = chosen.subList(Math.min(chosen.size(), (p - 1) * PAGE_SIZE), Math.min(chosen.size(), p * PAGE_SIZE));
            return new Result(typed, words.explicit(), chosen.size(), p, pages, shown, kinds, reviews, titles, leftOut,
                    words.feAtLeast(), error);
        });
    }

    /** Labels of indexed entities whose words start with what is typed, for suggestions as one types. */
    List<String> suggest(String prefix) {
        SearchWords words = SearchWords.of(prefix);
        if (words.isEmpty() || words.explicit() || prefix.strip().contains(" ")) {
            return List.of();
        }
        return Txn.calculateRead(dataset, () -> {
            Graph graph = new Union(dataset.getDefaultGraph(), dataset.getUnionGraph());
            HumanLabels labels = new HumanLabels(graph);
            List<String> out = new ArrayList<>();
            String query = QUERY.formatted(sparqlString(words.escaped() + "*"), 200);
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext() && out.size() < 8) {
                    Node hit = rs.next().get("hit").asNode();
                    if (labels.is(hit, "Paragraph") || labels.is(hit, "TableRow") || labels.is(hit, "Reference")
                            || labels.is(hit, "FigureCaption")) {
                        continue;
                    }
                    labels.label(hit).filter(l -> l.length() <= 60 && !out.contains(l)).ifPresent(out::add);
                }
            }
            return out;
        });
    }

    private Map<String, Hit> ask(String lucene, Graph graph, HumanLabels labels) {
        Map<String, Hit> grouped = new LinkedHashMap<>();
        String query = QUERY.formatted(sparqlString(lucene), MOST_INDEX_HITS);
        Map<Node, Optional<Node>> reviewOf = new HashMap<>();
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                Node hit = entityOf(s.get("hit").asNode(), labels);
                if (!hit.isURI()) {
                    continue;
                }
                double score = s.getLiteral("score").getDouble() * WEIGHT.getOrDefault(kind(hit, labels), 0.8);
                Hit known = grouped.get(hit.getURI());
                if (known != null && known.score() >= score) {
                    continue;
                }
                String snippet = s.contains("snippet") ? s.getLiteral("snippet").getLexicalForm() : "";
                Optional<Node> review = reviewOf.computeIfAbsent(hit, h -> labels.object(h, p("partOfReview")));
                Optional<Node> section = labels.is(hit, "Section") ? Optional.empty()
                        : labels.object(hit, p("inSection")).or(() -> labels.object(hit, p("inTable")).flatMap(t -> labels.object(t, p("inSection"))));
                grouped.put(hit.getURI(), new Hit(hit.getURI(), PageLink.of(hit, labels), kind(hit, labels),
                        review.map(Node::getURI).orElse(null), review.map(labels::of).orElse(null),
                        section.map(n -> sectionLink(n, labels)).orElse(null), snippet, score));
            }
        }
        return grouped;
    }

    /** "4.2 Coordination engineering": number and title, as a reader cites a section. */
    private static PageLink sectionLink(Node section, HumanLabels labels) {
        Optional<String> number = labels.literal(section, p("sectionNumber"), false);
        Optional<String> title = labels.literal(section, NodeFactory.createURI("http://purl.org/dc/terms/title"), true);
        PageLink plain = PageLink.of(section, labels);
        return number.isPresent() && title.isPresent()
                ? new PageLink(number.get() + " " + DisplayText.clean(title.get()), plain.href()) : plain;
    }

    /** A table cell stands for its row, so that a row is one hit. */
    private static Node entityOf(Node hit, HumanLabels labels) {
        if (labels.is(hit, "TableCell")) {
            var rows = labels.graph().find(Node.ANY, p("hasCell"), hit);
            try {
                return rows.hasNext() ? rows.next().getSubject() : hit;
            } finally {
                rows.close();
            }
        }
        return hit;
    }

    static String kind(Node hit, HumanLabels labels) {
        if (hit.isURI() && hit.getURI().startsWith(NKG.NS) && !labels.isTerm(hit)) {
            return "ontology term";
        }
        return labels.typeLabel(hit).map(t -> t.toLowerCase(java.util.Locale.ROOT)).orElse("resource");
    }

    static String sparqlString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r") + "\"";
    }

    private static Node p(String local) {
        return NodeFactory.createURI(NKG.NS + local);
    }
}
