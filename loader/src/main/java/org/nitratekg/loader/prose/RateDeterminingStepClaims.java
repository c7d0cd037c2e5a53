package org.nitratekg.loader.prose;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Resource;
import org.nitratekg.ontology.NKG;

/**
 * Rate-determining-step claims: "a shift in RDS from A to B" (with the catalyst in focus), and a step named as the
 * rate-determining step ("*NO is then hydrogenated to *NOH, the rate-determining step"). A sentence that
 * speaks of rate-determining steps without naming one yields nothing.
 */
final class RateDeterminingStepClaims {
    private static final String RDS = "(?:RDS|rate-determining step|rate-limiting step)";
    private static final Pattern SHIFT = Pattern.compile(
            "(?i)\\bshift(?:ed|s|ing)?\\s+(?:in|of)\\s+(?:the\\s+)?" + RDS + "\\s+from\\s+(?:the\\s+)?(.+?)\\s+to\\s+(?:the\\s+)?(.+?)(?:\\s+(?:conversion\\s+)?step)?(?=[.,;]|\\s+\\(|$)");
    private static final Pattern NAMED = Pattern.compile("(?i)\\b" + RDS);
    private static final Pattern ARROW = Pattern.compile("(\\*[A-Z][A-Za-z0-9]*)\\s*→\\s*(\\*[A-Z][A-Za-z0-9]*)");
    private static final Pattern REDUCED = Pattern.compile("\\((\\*[A-Z][A-Za-z0-9]*)\\)[^.;]*?\\b(?:reduced|converted)\\s+to\\s+(\\*[A-Z][A-Za-z0-9]*)"
            + "|(\\*[A-Z][A-Za-z0-9]*)[^.;()]*?\\b(?:reduced|converted)\\s+to\\s+(\\*[A-Z][A-Za-z0-9]*)");

    private final Context ctx;

    RateDeterminingStepClaims(Context ctx) {
        this.ctx = ctx;
    }

    void extract(Passage p) {
        for (Sentence s : p.sentences) {
            Matcher shift = SHIFT.matcher(s.text());
            if (shift.find()) {
                Resource from = step(shift.group(1));
                Resource to = step(shift.group(2));
                if (from == null || to == null) continue;
                Resource claim = ctx.writer.claim(p, s, NKG.RateDeterminingStepClaim, ctx.cues.forClaim(p, s));
                claim.addProperty(NKG.shiftedFromStep, from).addProperty(NKG.rateDeterminingStep, to);
                CatalystFinder.Found catalyst = ctx.catalystInFocus(p, s, 1);
                if (catalyst != null) claim.addProperty(NKG.aboutCatalyst, ctx.writer.catalyst(catalyst.name()));
                // the measurements of the sentence it refers back to, and its own calculations, support the shift
                List<Resource> support = new java.util.ArrayList<>(ctx.writer.claimsOf(p, s));
                if (Passage.anaphoric(s) && p.previous(s, 1) != null) support.addAll(ctx.writer.claimsOf(p, p.previous(s, 1)));
                for (Resource e : support) {
                    if (e.hasProperty(org.apache.jena.vocabulary.RDF.type, NKG.CharacterizationEvidence)) e.addProperty(NKG.supportsClaim, claim);
                }
                continue;
            }
            Matcher named = NAMED.matcher(s.text());
            if (named.find() && !s.text().matches("(?is).*\\b(identif\\w*|accelerat\\w*|kinetic characteristics|lowering|energy barrier of)\\b[^.]*" + "(RDS|rate-determining step)s?\\b.*")) {
                Resource step = namedStep(s.text().substring(0, named.start()));
                if (step == null) continue;
                Resource claim = ctx.writer.claim(p, s, NKG.RateDeterminingStepClaim, ctx.cues.forClaim(p, s));
                claim.addProperty(NKG.rateDeterminingStep, step);
                for (Resource pathway : ctx.lexicon.terms(s.text(), NKG.ReactionPathway)) {
                    claim.addProperty(NKG.mentions, ctx.writer.term(pathway));
                }
            }
        }
    }

    /** The step just before "rate-determining step": an arrow "*A → *B" or "(*A) … reduced to *B". */
    private Resource namedStep(String head) {
        Matcher a = ARROW.matcher(head);
        Resource found = null;
        while (a.find()) found = arrowStep(a.group(1), a.group(2));
        if (found != null) return found;
        Matcher r = REDUCED.matcher(head);
        while (r.find()) found = arrowStep(r.group(1) != null ? r.group(1) : r.group(3), r.group(1) != null ? r.group(2) : r.group(4));
        return found;
    }

    /** A step phrase: "*NO → *NOH step", "NH3 desorption". */
    private Resource step(String phrase) {
        Matcher a = ARROW.matcher(phrase);
        if (a.find()) return arrowStep(a.group(1), a.group(2));
        String label = phrase.strip();
        if (!label.matches("(?i)[\\w*+−-]+\\s+(desorption|adsorption|hydrogenation|deoxygenation|dissociation|activation|formation|coupling)")) return null;
        List<Resource> species = ctx.intermediates(label);
        return ctx.writer.step(label, species.isEmpty() ? null : species.get(0), null);
    }

    private Resource arrowStep(String a, String b) {
        List<Resource> from = ctx.intermediates(a);
        List<Resource> to = ctx.intermediates(b);
        if (from.size() != 1 || to.size() != 1) return null;
        return ctx.writer.step(a + " → " + b, from.get(0), to.get(0));
    }
}
