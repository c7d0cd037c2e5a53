package org.nitratekg.loader;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.nitratekg.ontology.NKG;

/** Review text in, Jena model out. (First cut: paragraphs only; the full pipeline replaces it.) */
public final class ReviewConverter {

    public static final String DATA_NS = "https://w3id.org/nitrate-kg/id/";

    public Model convert(ReviewText review) {
        if (review.text().isBlank()) {
            throw new ReviewFormatException(review.sourceName(), 1, "review text, found an empty file");
        }
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("nkg", NKG.NS);
        Resource rev = model.createResource(DATA_NS + "review/draft").addProperty(RDF.type, NKG.Review);
        String[] blocks = review.text().split("\n\\s*\n");
        int n = 0;
        for (String block : blocks) {
            String t = block.strip();
            if (t.length() > 80) {
                n++;
                model.createResource(DATA_NS + "review/draft/paragraph/" + n)
                        .addProperty(RDF.type, NKG.Paragraph)
                        .addProperty(NKG.partOfReview, rev)
                        .addProperty(NKG.text, t);
            }
        }
        return model;
    }
}
