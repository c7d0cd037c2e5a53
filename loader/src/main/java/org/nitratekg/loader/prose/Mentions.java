package org.nitratekg.loader.prose;

import org.apache.jena.rdf.model.Resource;

/**
 * Records which lexicon terms, site motifs and catalysts each passage names ({@code nkg:mentions}), and links a
 * catalyst whose name contains a motif (CuN3–SACs/NCNT) to that motif.
 */
final class Mentions {
    private final Context ctx;

    Mentions(Context ctx) {
        this.ctx = ctx;
    }

    void extract(Passage p) {
        for (Sentence s : p.sentences) {
            for (Mention m : ctx.lexicon.find(s.text())) {
                p.part.addProperty(org.nitratekg.ontology.NKG.mentions, ctx.writer.term(m.term()));
            }
            for (MotifFinder.Found f : ctx.motifs(s.text())) {
                p.part.addProperty(org.nitratekg.ontology.NKG.mentions, ctx.writer.motif(f.motif()));
            }
            for (CatalystFinder.Found c : ctx.catalysts(s.text())) {
                Resource catalyst = ctx.writer.catalyst(c.name());
                p.part.addProperty(org.nitratekg.ontology.NKG.mentions, catalyst);
                linkMotifs(catalyst, c.name());
            }
        }
    }

    void linkMotifs(Resource catalyst, String name) {
        for (MotifFinder.Found f : MotifFinder.find(name)) {
            if (f.motif().facet() == null) catalyst.addProperty(org.nitratekg.ontology.NKG.hasMotif, ctx.writer.motif(f.motif()));
        }
    }
}
