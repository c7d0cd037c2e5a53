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
    private static final String SPECIES = "\\*?[A-Z][A-Za-z0-9]*";
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
            Matcher chain = CHAIN.matcher(s.text());
            if (chain.find()) sequence = chain.group().replaceAll("\\s*→\\s*", " → ");
            Matcher list = LIST.matcher(s.text());
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
