package org.nitratekg.loader.prose;

import org.nitratekg.loader.prose.language.Sentence;
import org.apache.jena.rdf.model.Resource;

/**
 * Records which lexicon terms, site motifs and catalysts each passage names ({@code nkg:mentions}), and links a
 * catalyst whose name contains a motif (CoN4–SACs/CNT) to that motif.
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
            linkCatalystToMotifs(p, s);
            for (CatalystMention c : p.catalysts(s)) {
                Resource catalyst = ctx.writer.catalyst(c.name());
                p.part.addProperty(org.nitratekg.ontology.NKG.mentions, catalyst);
                linkMotifs(catalyst, c.name());
            }
        }
    }

    /** "… catalysts featuring WN5 and CoN4 sites", "… atoms are coordinated as N2Co–NiN2 dual sites": the catalyst in focus has those motifs. */
    private void linkCatalystToMotifs(Passage p, Sentence s) {
        // HAS_SITES looks ahead to an 'N' and a digit ("CoN4", "N2Co"): a sentence without one is not scanned
        if (!nitrogenCount(s.text())) return;
        java.util.regex.Matcher m = HAS_SITES.matcher(s.text());
        if (!m.find()) return;
        CatalystMention catalyst = p.antecedents.subjectAt(s, m.start());
        if (catalyst == null) return;
        for (MotifFinder.Found f : ctx.motifs(s.text().substring(m.end()))) {
            if (f.motif().facet() == null) {
                ctx.writer.catalyst(catalyst.name()).addProperty(org.nitratekg.ontology.NKG.hasMotif, ctx.writer.motif(f.motif()));
            }
        }
    }

    /** Whether an 'N' followed by a digit is in the text. */
    private static boolean nitrogenCount(String text) {
        for (int i = text.indexOf('N'); i >= 0 && i + 1 < text.length(); i = text.indexOf('N', i + 1)) {
            if (Character.isDigit(text.charAt(i + 1))) return true;
        }
        return false;
    }

    private static final java.util.regex.Pattern HAS_SITES =
            java.util.regex.Pattern.compile("\\b(featuring|coordinated as|bearing|with|containing|composed of)\\s+(?=\\S*[A-Z][a-z]?N\\d|N\\d[A-Z])");

    void linkMotifs(Resource catalyst, String name) {
        for (MotifFinder.Found f : MotifFinder.find(name)) {
            if (f.motif().facet() == null) catalyst.addProperty(org.nitratekg.ontology.NKG.hasMotif, ctx.writer.motif(f.motif()));
        }
    }
}
