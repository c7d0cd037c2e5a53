package org.nitratekg.loader.write;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.nitratekg.loader.ReviewText;
import org.nitratekg.loader.segment.Block;
import org.nitratekg.loader.segment.SegmentedReview;
import org.nitratekg.ontology.NKG;

/** The write stage: a segmented review to a Jena model, every part located in the source text. */
public final class ReviewStructureWriter {

    private ReviewStructureWriter() {}

    public static Model write(ReviewText text, SegmentedReview segmented) {
        Model model = ModelFactory.createDefaultModel();
        prefixes(model);
        String doi = FrontMatterWriter.doi(segmented.frontMatter()).orElse(null);
        DataIris iris = DataIris.forReview(doi, FrontMatterWriter.title(segmented.frontMatter()));
        Resource review = model.createResource(iris.review());
        Provenance provenance = new Provenance(model, model.createResource(iris.part("source")), text.text());
        WriteContext ctx = new WriteContext(segmented.sourceName(), model, iris, review, provenance);
        FrontMatterWriter.write(ctx, segmented);
        ReferenceWriter.write(ctx, segmented);
        BodyWriter.writeSections(ctx, segmented);
        int paragraphs = 0;
        int captions = 0;
        for (Block block : segmented.body()) {
            switch (block) {
                case Block.Paragraph p -> BodyWriter.writeParagraph(ctx, p, ++paragraphs);
                case Block.Caption c -> BodyWriter.writeCaption(ctx, c, ++captions);
                case Block.Table t -> TableWriter.write(ctx, t);
            }
        }
        return model;
    }

    private static void prefixes(Model model) {
        model.setNsPrefix("nkg", NKG.NS);
        model.setNsPrefix("dcterms", DCTerms.NS);
        model.setNsPrefix("rdfs", RDFS.uri);
        model.setNsPrefix("skos", SKOS.uri);
        model.setNsPrefix("xsd", XSD.NS);
        model.setNsPrefix("bibo", Terms.BIBO);
        model.setNsPrefix("fabio", Terms.FABIO);
        model.setNsPrefix("cito", Terms.CITO);
        model.setNsPrefix("prov", Terms.PROV);
        model.setNsPrefix("oa", Terms.OA);
        model.setNsPrefix("qudt", Terms.QUDT);
        model.setNsPrefix("unit", Terms.UNIT);
        model.setNsPrefix("foaf", Terms.FOAF);
        model.setNsPrefix("nkgunit", "https://w3id.org/nitrate-kg/unit/");
        model.setNsPrefix("id", DataIris.DATA_NS);
    }
}
