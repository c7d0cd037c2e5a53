package org.nitratekg.loader.prose;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Resource;
import org.nitratekg.ontology.NKG;

/**
 * Screening results: "Among the 24 … candidates screened, NiMo/C2N showed the best activity,
 * with a limiting potential of −0.35 eV": how many candidates, the best one and its limiting potential.
 */
final class ScreeningClaims {
    private static final Pattern AMONG = Pattern.compile(
            "(?i)\\bamong\\s+(?:the\\s+|all\\s+)?(\\d+)\\s+.{0,60}?\\b(?:configurations|candidates|catalysts|structures|systems|models|combinations)\\s+"
            + "(?:evaluated|screened|considered|studied|examined|investigated|calculated),\\s+(\\S+)\\s+(?:showed|exhibited|displayed|delivered|had|gave|was)\\s+"
            + "(?:the\\s+)?(?:most|best|highest|lowest|optimal)\\b[^,.]*(?:,\\s+with\\s+a\\s+limiting\\s+potential\\s+of\\s+([−–-]?\\s?\\d+(?:\\.\\d+)?)\\s?(eV|V))?");

    private final Context ctx;

    ScreeningClaims(Context ctx) {
        this.ctx = ctx;
    }

    void extract(Passage p) {
        for (Sentence s : p.sentences) {
            Matcher m = AMONG.matcher(s.text());
            if (!m.find()) continue;
            java.util.Set<Resource> evidence = new java.util.LinkedHashSet<>(ctx.cues.of(s.text()));
            for (int back = 1; back <= 2 && p.previous(s, back) != null; back++) evidence.addAll(ctx.cues.of(p.previous(s, back).text()));
            if (evidence.isEmpty()) evidence.add(NKG.ReviewGeneralization);
            Resource claim = ctx.writer.claim(p, s, NKG.ScreeningClaim, evidence);
            claim.addLiteral(NKG.candidateCount, Long.parseLong(m.group(1)));
            Resource best = ctx.writer.catalyst(m.group(2));
            claim.addProperty(NKG.bestCandidate, best).addProperty(NKG.aboutCatalyst, best);
            if (m.group(3) != null) {
                String v = m.group(3).replaceAll("\\s", "").replace('–', '-').replace('−', '-');
                claim.addLiteral(NKG.limitingPotential, new BigDecimal(v)).addProperty(NKG.printedUnit, m.group(4));
            }
        }
    }
}
