package org.nitratekg.loader.prose;

import org.nitratekg.loader.prose.language.Sentence;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Resource;
import org.nitratekg.ontology.NKG;

/**
 * The order of intermediates along a pathway: an arrow chain of three or more species ("*NO → *NOH → *N → *NH2"),
 * or "*X … stepwise hydrogenation to *A, *B and eventually C". The pathway is the one the sentence names, else
 * the one the nearest earlier sentence of the passage names.
 */
final class PathwaySequenceClaims {
    /**
     * A species takes its letters and digits possessively: what follows it (a space, an arrow, a comma) is none of
     * them, so giving some back never helps a match, and it would make a formula-like word thousands of characters
     * long cost time quadratic in its length.
     */
    private static final String SPECIES = "\\*?[A-Z][A-Za-z0-9]*+";
    private static final Pattern CHAIN = Pattern.compile(SPECIES + "(?:\\s*→\\s*" + SPECIES + "){2,}");
    private static final Pattern LIST = Pattern.compile("(\\*[A-Z][A-Za-z0-9]*)[^.;]*?\\bstepwise hydrogenation to\\s+((?:" + SPECIES
            + ",\\s+)+(?:and\\s+)?(?:eventually\\s+|finally\\s+|ultimately\\s+)?" + SPECIES + ")");

    private final Context ctx;

    PathwaySequenceClaims(Context ctx) {
        this.ctx = ctx;
    }

    void extract(Passage p) {
        for (Sentence s : p.sentences) {
            String sequence = null;
            // a chain needs an arrow, a list its phrase: most sentences have neither and are not scanned
            Matcher chain = CHAIN.matcher(s.text().indexOf('→') >= 0 ? s.text() : "");
            if (chain.find()) sequence = chain.group().replaceAll("\\s*→\\s*", " → ");
            Matcher list = LIST.matcher(s.text().contains("stepwise hydrogenation to") ? s.text() : "");
            if (sequence == null && list.find()) {
                sequence = list.group(1) + " → " + list.group(2).replaceAll(",?\\s+(?:and\\s+)?(?:eventually|finally|ultimately)?\\s*", " → ")
                        .replaceAll(",\\s*", " → ").replaceAll("(\\s*→\\s*)+", " → ");
            }
            if (sequence == null) continue;
            Resource claim = ctx.writer.claim(p, s, NKG.PathwaySequenceClaim, ctx.cues.forClaim(p, s));
            claim.addProperty(NKG.sequence, sequence);
            for (int back = 0; back <= s.index(); back++) {
                List<Resource> pathways = ctx.lexicon.terms(p.previous(s, back).text(), NKG.ReactionPathway);
                if (!pathways.isEmpty()) {
                    claim.addProperty(NKG.mentions, ctx.writer.term(pathways.get(pathways.size() - 1)));
                    break;
                }
            }
        }
    }
}
