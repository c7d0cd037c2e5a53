package org.nitratekg.server.http;

import java.util.Comparator;
import java.util.List;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.shared.PrefixMapping;
import org.nitratekg.ontology.HtmlEscape;
import org.nitratekg.loader.ReviewConverter;
import org.nitratekg.ontology.NKG;

/**
 * The HTML page of one resource: its label, its properties with links, and what points at it. Everything taken
 * from data is escaped by {@link Html#escape}; links are made only by {@link LocalLinks}.
 */
final class EntityPage {
    private static final List<Property> LABELS = List.of(RDFS.label, SKOS.prefLabel, NKG.printedName, DCTerms.title);
    private static final int SHORT_TEXT = 160;
    /** Prefixes for showing property and class names briefly. */
    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefixes(PrefixMapping.Standard)
            .setNsPrefix("nkg", NKG.NS)
            .setNsPrefix("dcterms", DCTerms.NS)
            .setNsPrefix("skos", SKOS.uri)
            .setNsPrefix("prov", "http://www.w3.org/ns/prov#")
            .setNsPrefix("bibo", "http://purl.org/ontology/bibo/")
            .setNsPrefix("fabio", "http://purl.org/spar/fabio/")
            .setNsPrefix("cito", "http://purl.org/spar/cito/")
            .setNsPrefix("qudt", "http://qudt.org/schema/qudt/")
            .setNsPrefix("unit", "http://qudt.org/vocab/unit/")
            .lock();

    private EntityPage() {}

    static String render(String iri, Model description) {
        description.setNsPrefixes(PREFIXES);
        Resource self = description.createResource(iri);
        String title = label(self).orElseGet(() -> readablePath(iri));
        StringBuilder html = new StringBuilder(4096);
        html.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .append("<title>").append(HtmlEscape.escape(shorten(title))).append(" · nitrate-kg</title>")
            .append("<link rel=\"stylesheet\" href=\"/page/style.css\">")
            .append("<link rel=\"alternate\" type=\"text/turtle\" href=\"?format=ttl\">")
            .append("<link rel=\"alternate\" type=\"application/ld+json\" href=\"?format=jsonld\"></head><body>")
            .append("<header><a href=\"/\">nitrate-kg</a> · <a href=\"/ontology\">ontology</a></header><main>")
            .append("<h1>").append(HtmlEscape.escape(shorten(title))).append("</h1>")
            .append("<p class=\"iri\"><code>").append(HtmlEscape.escape(iri)).append("</code></p>")
            .append("<p class=\"formats\">Also as ");
        for (Representation r : Representation.values()) {
            if (r.isRdf()) {
                html.append("<a href=\"?format=").append(r.shortName).append("\">").append(r.shortName).append("</a> ");
            }
        }
        html.append("</p><h2>Properties</h2><table class=\"props\"><tbody>");
        List<Statement> outgoing = description.listStatements(self, null, (RDFNode) null).toList();
        outgoing.sort(Comparator.comparing((Statement s) -> s.getPredicate().getURI()).thenComparing(s -> s.getObject().toString()));
        for (Statement st : outgoing) {
            html.append("<tr><th>").append(link(description, st.getPredicate())).append("</th><td>")
                .append(value(description, st.getObject())).append("</td></tr>");
        }
        html.append("</tbody></table>");
        List<Statement> incoming = description.listStatements(null, null, self).toList();
        if (!incoming.isEmpty()) {
            incoming.sort(Comparator.comparing((Statement s) -> s.getPredicate().getURI()).thenComparing(s -> s.getSubject().toString()));
            html.append("<h2>Referenced by</h2><table class=\"props\"><tbody>");
            for (Statement st : incoming) {
                html.append("<tr><td>").append(value(description, st.getSubject())).append("</td><th>")
                    .append(link(description, st.getPredicate())).append("</th></tr>");
            }
            html.append("</tbody></table>");
        }
        html.append("</main></body></html>");
        return html.toString();
    }

    private static String value(Model model, RDFNode node) {
        if (node.isLiteral()) {
            Literal lit = node.asLiteral();
            String lang = lit.getLanguage();
            return "<span class=\"literal\">" + HtmlEscape.escape(lit.getLexicalForm()) + "</span>"
                    + (lang.isEmpty() ? "" : " <small>@" + HtmlEscape.escape(lang) + "</small>");
        }
        if (node.isAnon()) {
            StringBuilder nested = new StringBuilder("<table class=\"props nested\"><tbody>");
            for (Statement st : model.listStatements(node.asResource(), null, (RDFNode) null).toList()) {
                nested.append("<tr><th>").append(link(model, st.getPredicate())).append("</th><td>")
                      .append(st.getObject().isAnon() ? "…" : value(model, st.getObject())).append("</td></tr>");
            }
            return nested.append("</tbody></table>").toString();
        }
        return link(model, node.asResource());
    }

    private static String link(Model model, Resource resource) {
        String iri = resource.getURI();
        String shown = label(resource).map(EntityPage::shorten).orElseGet(() -> model.shortForm(iri));
        return LocalLinks.href(iri)
                .map(href -> "<a href=\"" + HtmlEscape.escape(href) + "\">" + HtmlEscape.escape(shown) + "</a>")
                .orElse(HtmlEscape.escape(shown));
    }

    private static java.util.Optional<String> label(Resource resource) {
        for (Property p : LABELS) {
            Statement st = resource.getProperty(p);
            if (st != null && st.getObject().isLiteral()) {
                return java.util.Optional.of(st.getString());
            }
        }
        return java.util.Optional.empty();
    }

    /** {@code review/x/paragraph/45} for a data IRI without a label: shorter than the IRI, still unique. */
    private static String readablePath(String iri) {
        return iri.startsWith(ReviewConverter.DATA_NS) ? iri.substring(ReviewConverter.DATA_NS.length()) : iri;
    }

    private static String shorten(String text) {
        return text.length() <= SHORT_TEXT ? text : text.substring(0, SHORT_TEXT - 1) + "…";
    }
}
