package org.nitratekg.loader.prose;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Resource;
import org.nitratekg.ontology.NKG;

/**
 * Claims that a catalyst, motif or strategy breaks, circumvents or does not break the adsorption scaling relation
 * between two intermediates (or an unnamed pair). A sentence that only mentions scaling relations, without a verb
 * saying they are broken or kept, yields nothing.
 */
final class ScalingRelationClaims {
    private static final Pattern TRIGGER = Pattern.compile("(?i)\\bnon-scaling\\b|\\bscaling\\s+(?:relation(?:ship)?s?|limitations?)\\b");
    private static final Pattern KEEPS = Pattern.compile("(?i)\\b(?:not|cannot|can't|never|fail(?:s|ed)? to|unable to)\\s+(?:\\w+\\s+)?"
            + "(?:break|circumvent|overcome|bypass|escape)|\\b(?:obeys?|follows?|constrained by|limited by|subject to|bound by)\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?$");
    private static final Pattern BREAKS = Pattern.compile("(?i)\\b(break|breaks|breaking|broke|broken|circumvent\\w*|overcom\\w*|bypass\\w*|escap\\w*|decoupl\\w*)\\b|non-scaling");
    private static final Pattern BETWEEN = Pattern.compile("(?i)between\\s+(\\S+)\\s+(?:and|/)\\s+(\\S+)");

    private final Context ctx;

    ScalingRelationClaims(Context ctx) {
        this.ctx = ctx;
    }

    void extract(Passage p) {
        for (Sentence s : p.sentences) {
            Matcher t = TRIGGER.matcher(s.text());
            if (!t.find()) continue;
            String upToTrigger = s.text().substring(0, t.end());
            Boolean breaks = KEEPS.matcher(s.text().substring(0, t.start())).find() ? Boolean.FALSE
                    : BREAKS.matcher(upToTrigger).find() ? Boolean.TRUE : null;
            if (breaks == null) continue;
            Subject subject = subject(p, s, t.start());
            if (subject == null) continue;
            Resource[] pair = pair(p, s);
            Resource claim = ctx.writer.claim(p, s, NKG.ScalingRelationClaim, ctx.cues.forClaim(p, s));
            claim.addLiteral(NKG.breaks, breaks.booleanValue()).addProperty(NKG.claimSubject, subject.resource);
            claim.addProperty(NKG.aboutScalingRelation, ctx.writer.scalingRelation(pair[0], pair[1]));
            if (subject.catalyst) claim.addProperty(NKG.aboutCatalyst, subject.resource);
            if (subject.strategy != null && !subject.strategy.equals(subject.resource)) {
                claim.addProperty(NKG.viaStrategy, ctx.writer.term(subject.strategy));
            }
        }
    }

    private record Subject(Resource resource, boolean catalyst, Resource strategy) {}

    /** The catalyst, else motif, else strategy named before the trigger, else in the sentences referred back to. */
    private Subject subject(Passage p, Sentence s, int triggerAt) {
        String head = s.text().substring(0, triggerAt);
        Subject own = subjectIn(head);
        if (own != null) return own;
        if (Passage.anaphoric(s)) {
            for (int back = 1; back <= 2; back++) {
                Sentence prev = p.previous(s, back);
                if (prev == null) break;
                Subject earlier = subjectIn(prev.text());
                if (earlier != null) return earlier;
            }
        }
        return null;
    }

    private Subject subjectIn(String text) {
        List<Resource> strategies = ctx.lexicon.terms(text, NKG.DesignStrategy);
        Resource strategy = strategies.isEmpty() ? null : strategies.get(0);
        List<CatalystFinder.Found> catalysts = ctx.catalysts(text);
        if (!catalysts.isEmpty()) return new Subject(ctx.writer.catalyst(catalysts.get(0).name()), true, strategy);
        List<MotifFinder.Found> motifs = ctx.motifs(text);
        if (!motifs.isEmpty()) return new Subject(ctx.writer.motif(motifs.get(0).motif()), false, strategy);
        return strategy == null ? null : new Subject(ctx.writer.term(strategy), false, strategy);
    }

    /** The two intermediates: "between A and B", else the only two the sentence (or the one referred back to) names. */
    private Resource[] pair(Passage p, Sentence s) {
        Matcher b = BETWEEN.matcher(s.text());
        if (b.find()) {
            List<Resource> a = ctx.intermediates(b.group(1));
            List<Resource> c = ctx.intermediates(b.group(2));
            if (a.size() == 1 && c.size() == 1) return new Resource[] {a.get(0), c.get(0)};
        }
        List<Resource> own = ctx.intermediates(s.text());
        if (own.size() == 2) return own.toArray(Resource[]::new);
        if (own.isEmpty() && Passage.anaphoric(s) && p.previous(s, 1) != null) {
            List<Resource> prev = ctx.intermediates(p.previous(s, 1).text());
            if (prev.size() == 2) return prev.toArray(Resource[]::new);
        }
        return new Resource[] {null, null};
    }
}
