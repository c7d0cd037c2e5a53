package org.nitratekg.loader.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.nitratekg.ontology.NKG;

/**
 * What the classifier reads of one converted review: the catalysts its tables report (with their rows, the works
 * each row cites and the abbreviations the table's note explains), its paragraphs and figure captions, and its
 * sections with their titles and nesting. Nothing else: no class, mention or claim written by another stage.
 */
final class ReviewGraph {
    static final Property CITES = org.apache.jena.rdf.model.ResourceFactory.createProperty("http://purl.org/spar/cito/cites");
    /** "NWs, nanowires; HEA, high-entropy alloy; …" in a table note, possibly after other sentences. */
    private static final Pattern GLOSSARY_ENTRY = Pattern.compile("(?:^|[;.:]\\s+)([^\\s,;:]{1,16}),\\s+([^;.]+?)(?=\\s*(?:;|\\.\\s|\\.?$))");

    record Reference(Resource resource, int number, String title) {}

    record Section(Resource resource, String number, String title, Resource parent) {
        String label() {
            return (number != null ? "section " + number + " " : "section ") + "'" + title + "'";
        }
    }

    /** A paragraph or caption: its text, its section (or null) and how a reason names where it stands. */
    record Part(Resource resource, String text, Resource section, String where) {}

    record TableCatalyst(Resource catalyst, String name, List<Resource> rows, List<Reference> references,
                         Map<String, String> glossary) {}

    final Resource review;
    final List<TableCatalyst> catalysts = new ArrayList<>();
    final List<Part> parts = new ArrayList<>();
    final Map<Resource, Section> sections = new LinkedHashMap<>();

    ReviewGraph(Model graph, Resource review) {
        this.review = review;
        readSections(graph);
        readParts(graph);
        readCatalysts(graph);
    }

    Optional<Section> section(Resource r) {
        return Optional.ofNullable(r == null ? null : sections.get(r));
    }

    private void readSections(Model graph) {
        for (Resource s : graph.listResourcesWithProperty(NKG.partOfReview, review).toList()) {
            if (s.hasProperty(RDF.type, NKG.Section)) {
                sections.put(s, new Section(s, string(s, NKG.sectionNumber), string(s, DCTerms.title),
                        s.hasProperty(NKG.subsectionOf) ? s.getPropertyResourceValue(NKG.subsectionOf) : null));
            }
        }
    }

    private void readParts(Model graph) {
        List<Resource> found = new ArrayList<>();
        for (Resource r : graph.listResourcesWithProperty(NKG.partOfReview, review).toList()) {
            if ((r.hasProperty(RDF.type, NKG.Paragraph) || r.hasProperty(RDF.type, NKG.FigureCaption)) && r.hasProperty(NKG.text)) {
                found.add(r);
            }
        }
        // each key read from the graph once, at its first comparison, not at every one
        Map<Resource, Integer> line = new HashMap<>();
        found.sort(Comparator.comparingInt((Resource r) -> line.computeIfAbsent(r,
                x -> x.hasProperty(NKG.sourceLine) ? x.getProperty(NKG.sourceLine).getInt() : 0)).thenComparing(Resource::getURI));
        for (Resource r : found) {
            Resource section = r.hasProperty(NKG.inSection) ? r.getPropertyResourceValue(NKG.inSection) : null;
            String number = section != null ? string(section, NKG.sectionNumber) : null;
            String where = r.hasProperty(NKG.figureNumber)
                    ? "Figure " + r.getProperty(NKG.figureNumber).getInt() + " caption" + (number != null ? " (" + number + ")" : "")
                    : number != null ? "section " + number : "the text";
            parts.add(new Part(r, string(r, NKG.text), section, where));
        }
    }

    private void readCatalysts(Model graph) {
        Map<Resource, TableCatalyst> byCatalyst = new LinkedHashMap<>();
        List<Resource> rows = new ArrayList<>();
        for (Resource r : graph.listResourcesWithProperty(NKG.reportsCatalyst).toList()) {
            if (r.hasProperty(RDF.type, NKG.TableRow) && r.hasProperty(NKG.partOfReview, review)) {
                rows.add(r);
            }
        }
        Map<Resource, Integer> table = new HashMap<>();
        Map<Resource, Integer> ordinal = new HashMap<>();
        rows.sort(Comparator.comparing((Resource r) -> table.computeIfAbsent(r, ReviewGraph::tableNumber))
                .thenComparingInt(r -> ordinal.computeIfAbsent(r, x -> x.getProperty(NKG.ordinal).getInt())));
        for (Resource row : rows) {
            for (Statement s : row.listProperties(NKG.reportsCatalyst).toList()) {
                Resource catalyst = s.getResource();
                if (!catalyst.hasProperty(NKG.printedName)) {
                    continue;
                }
                TableCatalyst tc = byCatalyst.computeIfAbsent(catalyst, c -> new TableCatalyst(c,
                        c.getProperty(NKG.printedName).getString(), new ArrayList<>(), new ArrayList<>(), glossary(row)));
                tc.rows().add(row);
                for (RDFNode ref : row.listProperties(CITES).mapWith(Statement::getObject).toList()) {
                    Resource r = ref.asResource();
                    if (r.hasProperty(NKG.referenceNumber) && tc.references().stream().noneMatch(x -> x.resource().equals(r))) {
                        tc.references().add(new Reference(r, r.getProperty(NKG.referenceNumber).getInt(),
                                r.hasProperty(DCTerms.title) ? r.getProperty(DCTerms.title).getString() : ""));
                    }
                }
            }
        }
        catalysts.addAll(byCatalyst.values());
    }

    /** The abbreviations the notes under the row's table explain. */
    static Map<String, String> glossary(Resource row) {
        Map<String, String> glossary = new LinkedHashMap<>();
        Resource table = row.getPropertyResourceValue(NKG.inTable);
        if (table != null) {
            for (Statement note : table.listProperties(SKOS.note).toList()) {
                glossary.putAll(glossaryOf(note.getString()));
            }
        }
        return glossary;
    }

    static Map<String, String> glossaryOf(String note) {
        Map<String, String> glossary = new LinkedHashMap<>();
        Matcher m = GLOSSARY_ENTRY.matcher(note);
        while (m.find()) {
            glossary.putIfAbsent(m.group(1), m.group(2).strip());
        }
        return glossary;
    }

    private static int tableNumber(Resource row) {
        Resource table = row.getPropertyResourceValue(NKG.inTable);
        return table != null && table.hasProperty(NKG.tableNumber) ? table.getProperty(NKG.tableNumber).getInt() : 0;
    }

    private static String string(Resource r, Property p) {
        return r.hasProperty(p) ? r.getProperty(p).getString() : null;
    }
}
