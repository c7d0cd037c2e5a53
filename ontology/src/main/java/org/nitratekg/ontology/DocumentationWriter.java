package org.nitratekg.ontology;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** Renders the ontology as one self-contained HTML page; every text taken from the ontology is escaped. */
final class DocumentationWriter {
    private static final List<Property> MATCHES = List.of(SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch,
            SKOS.narrowMatch, SKOS.relatedMatch);
    private static final Resource QUDT_UNIT = ResourceFactory.createResource(NkgUnits.QUDT_NS + "Unit");
    /** owl:versionIRI is OWL 2; Jena's OWL vocabulary class is OWL 1. */
    private static final Property VERSION_IRI = ResourceFactory.createProperty(OWL.NS + "versionIRI");

    private final TermDescriber terms;
    private final Model model;
    private final StringBuilder html = new StringBuilder();

    DocumentationWriter(Model ontologyWithImports) {
        this.terms = new TermDescriber(ontologyWithImports);
        this.model = ontologyWithImports;
    }

    static String escape(String text) {
        return HtmlEscape.escape(text);
    }

    private DocumentationWriter text(String raw) {
        html.append(escape(raw));
        return this;
    }

    private DocumentationWriter tag(String markup) {
        html.append(markup);
        return this;
    }

    /** An in-page link for our own terms, an external link otherwise. */
    private void link(Resource r) {
        if (r.isURIResource() && (r.getURI().startsWith(NKG.NS) || r.getURI().startsWith(NkgUnits.NS))) {
            tag("<a href=\"#").text(anchor(r)).tag("\">").text(terms.shortName(r)).tag("</a>");
        } else if (r.isURIResource()) {
            tag("<a href=\"").text(r.getURI()).tag("\">").text(terms.shortName(r)).tag("</a>");
        } else {
            text(terms.describe(r));
        }
    }

    static String anchor(Resource r) {
        return (r.getURI().startsWith(NkgUnits.NS) ? "unit-" : "") + TermDescriber.localName(r.getURI());
    }

    String write() {
        Resource ontology = model.getResource(NKG.ONTOLOGY_IRI);
        String title = terms.strings(ontology, DCTerms.title).stream().findFirst().orElse("nitrate-kg ontology");
        tag("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").text(title)
                .tag("</title>\n<style>body{font-family:sans-serif;max-width:60em;margin:auto;padding:1em}"
                        + "dt{font-weight:bold}section.term{border-top:1px solid #ccc;padding:.3em 0}"
                        + "code{background:#f4f4f4}</style></head>\n<body>\n<h1>").text(title).tag("</h1>\n");
        metadata(ontology);
        tag("<nav><a href=\"#classes\">Classes</a> · <a href=\"#object-properties\">Object properties</a> · "
                + "<a href=\"#datatype-properties\">Datatype properties</a> · <a href=\"#annotation-properties\">"
                + "Annotation properties</a> · <a href=\"#individuals\">Individuals</a> · <a href=\"#units\">Units</a></nav>\n");
        classes();
        properties("object-properties", "Object properties", OWL.ObjectProperty);
        properties("datatype-properties", "Datatype properties", OWL.DatatypeProperty);
        properties("annotation-properties", "Annotation properties", OWL.AnnotationProperty);
        individuals();
        units();
        return tag("</body></html>\n").html.toString();
    }

    private void metadata(Resource ontology) {
        tag("<dl id=\"metadata\">");
        row("IRI", NKG.ONTOLOGY_IRI);
        for (Property p : List.of(DCTerms.description, OWL.versionInfo, DCTerms.created, DCTerms.modified)) {
            terms.strings(ontology, p).forEach(v -> row(terms.label(p), v));
        }
        terms.objects(ontology, VERSION_IRI).forEach(v -> row("Version IRI", v.getURI()));
        terms.objects(ontology, DCTerms.license).forEach(v -> row("License", v.getURI()));
        terms.objects(ontology, DCTerms.creator).forEach(v -> row("Creator", terms.label(v) + " <" + v.getURI() + ">"));
        row("Preferred prefix", "nkg: " + NKG.NS);
        terms.objects(ontology, OWL.imports).forEach(v -> row("Imports", v.getURI()));
        tag("</dl>\n");
    }

    private void row(String key, String value) {
        tag("<dt>").text(key).tag("</dt><dd>").text(value).tag("</dd>");
    }

    private void classes() {
        List<Resource> classes = terms.terms(OWL.Class, NKG.NS);
        tag("<h2 id=\"classes\">Classes (").text(String.valueOf(classes.size())).tag(")</h2>\n<h3>Hierarchy</h3>\n");
        Map<String, Resource> roots = new TreeMap<>();
        for (Resource c : classes) {
            boolean hasLocalParent = terms.objects(c, RDFS.subClassOf).stream()
                    .anyMatch(p -> p.isURIResource() && p.getURI().startsWith(NKG.NS));
            if (!hasLocalParent) {
                roots.put(terms.label(c).toLowerCase() + c.getURI(), c);
            }
        }
        tag("<ul class=\"hierarchy\">");
        roots.values().forEach(this::tree);
        tag("</ul>\n");
        for (Resource c : classes) {
            termHeader(c, "class");
            list("Subclass of", terms.objects(c, RDFS.subClassOf));
            list("Disjoint with", terms.objects(c, OWL.disjointWith));
            termFooter(c);
        }
    }

    private void tree(Resource c) {
        tag("<li>");
        link(c);
        List<Resource> children = model.listSubjectsWithProperty(RDFS.subClassOf, c)
                .filterKeep(Resource::isURIResource).toList().stream()
                .sorted((a, b) -> terms.label(a).compareToIgnoreCase(terms.label(b))).toList();
        if (!children.isEmpty()) {
            tag("<ul>");
            children.forEach(this::tree);
            tag("</ul>");
        }
        tag("</li>");
    }

    private void properties(String id, String heading, Resource type) {
        List<Resource> properties = terms.terms(type, NKG.NS);
        tag("<h2 id=\"").text(id).tag("\">").text(heading).tag(" (").text(String.valueOf(properties.size())).tag(")</h2>\n");
        for (Resource p : properties) {
            termHeader(p, "property");
            row2("Domain", terms.strings(p, RDFS.domain));
            row2("Range", terms.strings(p, RDFS.range));
            list("Subproperty of", terms.objects(p, RDFS.subPropertyOf));
            list("Inverse of", terms.objects(p, OWL.inverseOf));
            termFooter(p);
        }
    }

    private void individuals() {
        List<Resource> individuals = terms.terms(OWL.NamedIndividual, NKG.NS);
        tag("<h2 id=\"individuals\">Individuals (").text(String.valueOf(individuals.size())).tag(")</h2>\n");
        for (Resource i : individuals) {
            termHeader(i, "individual");
            list("Type", terms.objects(i, RDF.type).stream().filter(t -> !t.equals(OWL.NamedIndividual)).toList());
            row2("Symbol", terms.strings(i, ResourceFactory.createProperty(NKG.NS + "symbol")));
            termFooter(i);
        }
    }

    private void units() {
        List<Resource> units = terms.terms(QUDT_UNIT, NkgUnits.NS);
        tag("<h2 id=\"units\">Local units (").text(String.valueOf(units.size())).tag(")</h2>\n");
        for (Resource u : units) {
            termHeader(u, "unit");
            row2("UCUM code", terms.strings(u, ResourceFactory.createProperty(NkgUnits.QUDT_NS + "ucumCode")));
            row2("Conversion multiplier to SI", terms.strings(u, ResourceFactory.createProperty(NkgUnits.QUDT_NS + "conversionMultiplier")));
            list("Quantity kind", terms.objects(u, ResourceFactory.createProperty(NkgUnits.QUDT_NS + "hasQuantityKind")));
            termFooter(u);
        }
    }

    private void termHeader(Resource r, String kind) {
        tag("<section class=\"term ").text(kind).tag("\" id=\"").text(anchor(r)).tag("\"><h3>").text(terms.label(r))
                .tag(" <code>").text(terms.shortName(r)).tag("</code></h3>\n<p class=\"definition\">")
                .text(terms.definition(r)).tag("</p>\n<dl>");
        row("IRI", r.getURI());
    }

    private void termFooter(Resource r) {
        row2("Also called", terms.strings(r, SKOS.altLabel));
        row2("Example", terms.strings(r, SKOS.example));
        for (Property match : MATCHES) {
            List<Resource> targets = terms.objects(r, match);
            if (!targets.isEmpty()) {
                tag("<dt>").text(terms.label(match)).tag("</dt><dd>");
                for (Resource t : targets) {
                    link(t);
                    if (t.hasProperty(RDFS.label)) {
                        tag(" (").text(terms.label(t)).tag(")");
                    }
                    tag(" ");
                }
                tag("</dd>");
            }
        }
        tag("</dl></section>\n");
    }

    private void row2(String key, List<String> values) {
        if (!values.isEmpty()) {
            row(key, String.join("; ", values));
        }
    }

    private void list(String key, List<Resource> values) {
        if (values.isEmpty()) {
            return;
        }
        tag("<dt>").text(key).tag("</dt><dd>");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                tag(", ");
            }
            link(values.get(i));
        }
        tag("</dd>");
    }
}
