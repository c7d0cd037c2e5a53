package org.nitratekg.loader.write;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.nitratekg.loader.extract.ParsedReference;
import org.nitratekg.loader.extract.ReferenceParser;
import org.nitratekg.loader.segment.SegmentedReview;
import org.nitratekg.ontology.NKG;

/** Writes each entry of the numbered reference list as an {@code nkg:Reference}. */
final class ReferenceWriter {

    private ReferenceWriter() {}

    static void write(WriteContext ctx, SegmentedReview segmented) {
        for (SegmentedReview.ReferenceEntry entry : segmented.references()) {
            ParsedReference ref = ReferenceParser.parse(entry.number(), entry.text());
            Resource r = ctx.model.createResource(ctx.iris.part("reference/" + entry.number()))
                    .addProperty(RDF.type, NKG.Reference)
                    .addProperty(NKG.partOfReview, ctx.review)
                    .addProperty(NKG.referenceNumber, Terms.integer(entry.number()))
                    .addProperty(NKG.printedText, entry.text());
            add(r, NKG.firstAuthorSurname, ref.firstAuthorSurname());
            if (ref.year() != null) {
                r.addProperty(Terms.hasPublicationYear, ctx.model.createTypedLiteral(ref.year(), XSDDatatype.XSDgYear));
            }
            add(r, NKG.journalAbbreviation, ref.journal());
            add(r, Terms.volume, ref.volume());
            add(r, Terms.issue, ref.issue());
            add(r, NKG.firstPageOrArticle, ref.firstPage());
            add(r, Terms.pageStart, ref.firstPage());
            add(r, Terms.pageEnd, ref.lastPage());
            add(r, DCTerms.title, ref.title());
            add(r, Terms.doi, ref.doi());
            for (String author : ref.authors()) {
                r.addProperty(DCTerms.creator, author);
            }
            int start = entry.line().offset();
            ctx.provenance.locate(r, entry.line().number(), start, entry.line().endOffset());
            ctx.references.put(entry.number(), r);
        }
    }

    private static void add(Resource r, org.apache.jena.rdf.model.Property p, String value) {
        if (value != null && !value.isBlank()) {
            r.addProperty(p, value);
        }
    }
}
