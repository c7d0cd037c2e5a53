package org.nitratekg.loader.classify;

import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.nitratekg.loader.extract.CatalystNames;
import org.nitratekg.loader.write.DataIris;
import org.nitratekg.ontology.NKG;

/** A small converted-review graph in the shape the loader writes: sections, paragraphs, one table, references. */
final class SyntheticReview {
    static final String REVIEW = "https://w3id.org/nitrate-kg/id/review/test-2030-7";

    final Model model = ModelFactory.createDefaultModel();
    final Resource review = model.createResource(REVIEW).addProperty(RDF.type, NKG.Review);
    private final Resource table = model.createResource(REVIEW + "/table/1").addProperty(RDF.type, NKG.Table)
            .addProperty(NKG.partOfReview, review).addLiteral(NKG.tableNumber, 1L);
    private int rows;
    private int paragraphs;

    Resource section(String number, String title, Resource parent) {
        Resource s = model.createResource(REVIEW + "/section/" + number).addProperty(RDF.type, NKG.Section)
                .addProperty(NKG.partOfReview, review).addProperty(NKG.sectionNumber, number).addProperty(DCTerms.title, title);
        if (parent != null) {
            s.addProperty(NKG.subsectionOf, parent);
        }
        return s;
    }

    Resource paragraph(Resource section, String text) {
        paragraphs++;
        Resource p = model.createResource(REVIEW + "/paragraph/" + paragraphs).addProperty(RDF.type, NKG.Paragraph)
                .addProperty(NKG.partOfReview, review).addProperty(NKG.text, text).addLiteral(NKG.sourceLine, (long) paragraphs);
        if (section != null) {
            p.addProperty(NKG.inSection, section);
        }
        return p;
    }

    Resource reference(int number, String title) {
        return model.createResource(REVIEW + "/reference/" + number).addProperty(RDF.type, NKG.Reference)
                .addProperty(NKG.partOfReview, review).addLiteral(NKG.referenceNumber, (long) number)
                .addProperty(DCTerms.title, title);
    }

    SyntheticReview note(String note) {
        table.addProperty(SKOS.note, note);
        return this;
    }

    Resource row(String catalyst, Resource... cited) {
        rows++;
        Resource c = model.createResource(DataIris.DATA_NS + "catalyst/" + CatalystNames.slug(catalyst))
                .addProperty(RDF.type, NKG.Catalyst).addProperty(NKG.printedName, catalyst);
        Resource row = model.createResource(table.getURI() + "/row/" + rows).addProperty(RDF.type, NKG.TableRow)
                .addProperty(NKG.inTable, table).addProperty(NKG.partOfReview, review).addLiteral(NKG.ordinal, (long) rows)
                .addProperty(NKG.reportsCatalyst, c);
        for (Resource ref : cited) {
            row.addProperty(ReviewGraph.CITES, ref);
        }
        return row;
    }

    List<CatalystClassifier.Assignment> classify() {
        return new CatalystClassifier().classify(model, review);
    }

    CatalystClassifier.Assignment classOf(String catalyst) {
        return classify().stream().filter(a -> a.catalyst().equals(catalyst)).findFirst().orElseThrow();
    }
}
