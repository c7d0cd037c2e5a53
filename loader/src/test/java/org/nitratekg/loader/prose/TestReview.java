package org.nitratekg.loader.prose;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.nitratekg.ontology.NKG;

/**
 * A small review graph written for a test, in the shape the structure writer produces: a table listing catalysts,
 * a reference list, and paragraphs (or captions) of one section; then extracted, and queried with SPARQL.
 */
final class TestReview {
    static final String REVIEW = "https://w3id.org/nitrate-kg/id/review/test-2030-1";
    private final Model model = ModelFactory.createDefaultModel();
    private final Resource review = model.createResource(REVIEW).addProperty(RDF.type, NKG.Review);
    private final Resource section = model.createResource(REVIEW + "/section/4.1").addProperty(RDF.type, NKG.Section)
            .addProperty(NKG.sectionNumber, "4.1");
    private final Resource table = model.createResource(REVIEW + "/table/1").addProperty(RDF.type, NKG.Table)
            .addProperty(NKG.partOfReview, review);
    private int rows;
    private int parts;

    TestReview(String... tableCatalysts) {
        for (int n = 1; n <= 60; n++) {
            model.createResource(REVIEW + "/reference/" + n).addProperty(RDF.type, NKG.Reference).addProperty(NKG.partOfReview, review)
                    .addLiteral(NKG.referenceNumber, (long) n).addProperty(DCTerms.title, "Work " + n);
        }
        for (String name : tableCatalysts) {
            Resource catalyst = model.createResource("https://w3id.org/nitrate-kg/id/catalyst/t" + (++rows))
                    .addProperty(RDF.type, NKG.Catalyst).addProperty(NKG.printedName, name);
            model.createResource(table.getURI() + "/row/" + rows).addProperty(RDF.type, NKG.TableRow)
                    .addProperty(NKG.inTable, table).addLiteral(NKG.ordinal, (long) rows).addProperty(NKG.reportsCatalyst, catalyst);
        }
    }

    TestReview paragraph(String text) {
        return part(NKG.Paragraph, "paragraph", text);
    }

    TestReview caption(String text) {
        return part(NKG.FigureCaption, "figure", text);
    }

    private TestReview part(Resource type, String path, String text) {
        parts++;
        model.createResource(REVIEW + "/" + path + "/" + parts).addProperty(RDF.type, type)
                .addProperty(NKG.partOfReview, review).addProperty(NKG.inSection, section)
                .addProperty(NKG.text, text).addLiteral(NKG.sourceLine, (long) (10 + parts));
        return this;
    }

    TestReview extract() {
        new ProseExtractor().extract(model);
        return this;
    }

    Model model() {
        return model;
    }

    /** The values of ?x, one string per solution, sorted; a literal as its lexical form. */
    List<String> select(String where) {
        String q = "PREFIX nkg: <" + NKG.NS + "> PREFIX oa: <http://www.w3.org/ns/oa#> "
                + "PREFIX cito: <http://purl.org/spar/cito/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT ?x WHERE { " + where + " } ORDER BY ?x";
        try (QueryExecution qe = QueryExecution.model(model).query(q).build()) {
            List<String> values = new ArrayList<>();
            qe.execSelect().forEachRemaining(s -> values.add(s.get("x").isLiteral() ? s.get("x").asLiteral().getLexicalForm() : s.get("x").toString()));
            return values;
        }
    }

    /** Rows of the variables written "?a|?b|?c", each solution as "a|b|c" (an unbound variable as ""). */
    List<String> rows(String vars, String where) {
        List<String> names = List.of(vars.replace("?", "").split("\\|"));
        String selected = vars.replace("|", " ");
        String q = "PREFIX nkg: <" + NKG.NS + "> PREFIX cito: <http://purl.org/spar/cito/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT DISTINCT " + selected + " WHERE { " + where + " }";
        try (QueryExecution qe = QueryExecution.model(model).query(q).build()) {
            List<String> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(s -> {
                List<String> cells = new ArrayList<>();
                for (String v : names) {
                    cells.add(s.get(v) == null ? "" : s.get(v).isLiteral() ? s.get(v).asLiteral().getLexicalForm() : s.get(v).toString());
                }
                rows.add(String.join("|", cells));
            });
            return rows;
        }
    }
}
