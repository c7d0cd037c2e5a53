package org.nitratekg.loader.write;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.nitratekg.ontology.NKG;

/**
 * Locates parts and facts in the review's text: the line they start on, and Web Annotation selectors (an exact quote
 * with some context, and a position in Unicode code points) on the source text file.
 */
final class Provenance {
    private static final int CONTEXT = 32;

    private final Model model;
    private final Resource source;
    private final String text;
    private final int[] codePointAt;

    Provenance(Model model, Resource source, String text) {
        this.model = model;
        this.source = source;
        this.text = text;
        this.codePointAt = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            codePointAt[i] = cp;
            if (!Character.isHighSurrogate(text.charAt(i))) {
                cp++;
            }
        }
        codePointAt[text.length()] = cp;
    }

    Resource source() {
        return source;
    }

    /** Adds line, quote and position selectors for the file span [start, end) to a part or fact. */
    void locate(Resource subject, int line, int start, int end) {
        subject.addProperty(NKG.sourceLine, Terms.integer(line));
        String iri = subject.getURI();
        Resource quote = model.createResource(iri + "/quote")
                .addProperty(RDF.type, Terms.TextQuoteSelector)
                .addProperty(Terms.exact, text.substring(start, end));
        if (start > 0) {
            quote.addProperty(Terms.prefix, text.substring(Math.max(0, start - CONTEXT), start));
        }
        if (end < text.length()) {
            quote.addProperty(Terms.suffix, text.substring(end, Math.min(text.length(), end + CONTEXT)));
        }
        Resource position = model.createResource(iri + "/position")
                .addProperty(RDF.type, Terms.TextPositionSelector)
                .addProperty(Terms.start, Terms.integer(codePointAt[start]))
                .addProperty(Terms.end, Terms.integer(codePointAt[end]));
        Resource target = model.createResource(iri + "/source")
                .addProperty(RDF.type, Terms.SpecificResource)
                .addProperty(Terms.hasSource, source)
                .addProperty(Terms.hasSelector, quote)
                .addProperty(Terms.hasSelector, position);
        subject.addProperty(NKG.quote, quote).addProperty(Terms.wasDerivedFrom, target);
    }
}
