package org.nitratekg.loader.prose;

import org.nitratekg.loader.prose.language.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Resource;
import org.nitratekg.ontology.NKG;

/**
 * Which site catalyses which step in a tandem or dual-site system: "A and B sites catalyze X to Y and Y to Z,
 * respectively", and clauses "Co centres promote *NO2 activation while Ni promotes hydrogenation",
 * "Ni sites serve as hydrogen suppliers for …". The site must be an element symbol or a motif name.
 */
final class SiteRoleClaims {
    private static final String SITE = "(" + Elements.METAL + "(?:N\\d+)?|[A-Z][a-z]?N\\d+[A-Z0-9]*)";
    private static final Pattern RESPECTIVELY = Pattern.compile(
            "\\b" + SITE + "\\s+and\\s+" + SITE + "\\s+(?:sites|centers|centres|atoms)\\s+(?:catalyze|catalyse|promote|facilitate|drive)\\s+(?:the\\s+)?(?:stepwise\\s+)?(?:reduction|conversion)\\s+of\\s+(.+?),?\\s+respectively");
    private static final Pattern SPECIES_STEP = Pattern.compile("(\\*?[A-Z][A-Za-z0-9]*[−+-]?)\\s+to\\s+(\\*?[A-Z][A-Za-z0-9]*[−+-]?)");
    private static final Pattern ROLE = Pattern.compile("(?:^|\\b(?:which|where|whereby|in which|while|whereas)\\s+|;\\s*)(?:the\\s+)?" + SITE
            + "\\s+(?:sites?\\s+|centers\\s+|centres\\s+|atoms\\s+)?(facilitates?|promotes?|catalyzes?|catalyses?|accelerates?|drives?|serves? as)\\s+(.+?)(?=,?\\s+(?:while|whereas)\\b|[,;]\\s+(?:generating|ultimately|thereby|which)\\b|$|\\.$)");

    /** The verbs both RESPECTIVELY and ROLE need (they match case-sensitively). */
    private static final Pattern ROLE_VERB = Pattern.compile("facilitate|promote|cataly[zs]e|accelerate|drive|serve");

    /** The literal start of each alternative of {@link #ROLE_VERB}: one is in every text it matches. */
    private static final List<String> ROLE_VERB_WORDS = List.of("facilitate", "promote", "cataly", "accelerate", "drive", "serve");

    private final Context ctx;

    SiteRoleClaims(Context ctx) {
        this.ctx = ctx;
    }

    /** Whether a word of {@link #ROLE_VERB_WORDS} is in the text: found by indexOf, not from every position. */
    private static boolean roleVerbWord(String text) {
        for (String w : ROLE_VERB_WORDS) {
            if (text.contains(w)) return true;
        }
        return false;
    }

    void extract(Passage p) {
        for (Sentence s : p.sentences) {
            // both patterns need a word most sentences lack: look it up before scanning from every position
            if (!roleVerbWord(s.text()) || !ROLE_VERB.matcher(s.text()).find()) continue;
            Matcher r = RESPECTIVELY.matcher(s.text().contains("respectively") ? s.text() : "");
            if (r.find()) {
                List<String[]> steps = new ArrayList<>();
                Matcher st = SPECIES_STEP.matcher(r.group(3));
                while (st.find()) steps.add(new String[] {st.group(1), st.group(2)});
                if (steps.size() == 2) {
                    role(p, s, r.group(1), steps.get(0)[0] + " → " + steps.get(0)[1], true);
                    role(p, s, r.group(2), steps.get(1)[0] + " → " + steps.get(1)[1], true);
                }
                continue;
            }
            Matcher m = ROLE.matcher(s.text());
            while (m.find()) {
                String what = m.group(2).toLowerCase().startsWith("serve") ? m.group(3) : m.group(2) + " " + m.group(3);
                role(p, s, m.group(1), what.strip().replaceAll("[.,;]+$", ""), false);
            }
        }
    }

    private void role(Passage p, Sentence s, String site, String what, boolean isStep) {
        Resource claim = ctx.writer.claim(p, s, NKG.SiteRoleClaim, ctx.cues.forClaim(p, s));
        claim.addProperty(NKG.siteName, site);
        if (isStep) {
            List<Resource> species = ctx.intermediates(what);
            claim.addProperty(NKG.roleStep, ctx.writer.step(what, species.size() == 2 ? species.get(0) : null,
                    species.size() == 2 ? species.get(1) : null));
        }
        claim.addProperty(NKG.role, what);
        CatalystMention catalyst = p.antecedents.subjectAt(s, s.text().length());
        if (catalyst != null) claim.addProperty(NKG.aboutCatalyst, ctx.writer.catalyst(catalyst.name()));
        for (MotifFinder.Found f : ctx.motifs(site)) claim.addProperty(NKG.claimSubject, ctx.writer.motif(f.motif()));
    }
}
