package org.nitratekg.loader.prose;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Resource;
import org.nitratekg.loader.prose.language.Cues;
import org.nitratekg.loader.prose.language.Sentence;
import org.nitratekg.ontology.NKG;

/**
 * Characterization evidence: a technique that showed something about a catalyst. The mode is read on either side
 * of the technique ("operando XANES", "Quasi-in situ XPS", "Raman spectroscopy performed in situ", "XANES recorded
 * under operando conditions", "measured ex situ by EXAFS") and never guessed. The catalyst is the one named before
 * the result verb, or after it as "on/of/for X", or, for a sentence that reports a measured quantity, the one in
 * focus; a statement about what a technique can do in general names no catalyst and is no evidence. Calculations
 * are not characterization. A caption restating the evidence adds its provenance to the same record.
 */
final class EvidenceReader implements ClaimReader {
    private static final Pattern RESULT = Pattern.compile("(?i)\\b(?:show(?:s|ed|n)?|reveal(?:s|ed)?|confirm(?:s|ed)?|detect(?:s|ed)?|give(?:s|n)?|gave|"
            + "yield(?:s|ed)?|find(?:s)?|found|indicat(?:es|ed)|identif(?:ies|ied|y)|agree(?:s|d)?|display(?:s|ed)?|exhibit(?:s|ed)?|demonstrat(?:es|ed)|"
            + "observ(?:es|ed)|resolv(?:es|ed)|track(?:s|ed)?|captur(?:es|ed)|fitted|record(?:s|ed)|report(?:s|ed)|registers?|"
            + "used|employed|applied|monitor(?:s|ed)?|probe[sd]?|follow(?:s|ed)?|picks?\\s+up|picked\\s+up|refines?|refined|combines?|contains?|"
            + "consists?\\s+of|persists?|fades?|moves?|grows?|rises?|appears?|disappears?|points?\\s+to|excludes?|rules?\\s+out|attests?|proves?|"
            + "supports?\\s+(?:this|the|that|these|an?)|agrees?\\s+with|adds?|places?|locates?|puts?|requires?|keeps?|suffices)\\b");
    /** "… 9.8 ± 1.0 Ag atoms at 2.80 Å according to EXAFS fitting": a result credited to the technique named after it. */
    private static final Pattern CREDITED = Pattern.compile("(?i)\\b(?:according to|as (?:shown|revealed|seen|confirmed) by|judging from)\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?$");
    /** What a technique can or cannot do in general: "can escape notice", "rarely the site", "sees only volatile species". */
    private static final Pattern ON_BEFORE = Pattern.compile("(?i)\\b(?:on|over)\\s+(?:the\\s+)?$");
    /** "Characteristic signals of *NOH and *NH2 were found": the next sentence says what the measurement showed. */
    private static final Pattern SIGNALS = Pattern.compile("(?i)^(?:characteristic|the|these|distinct|such)?\\s*(?:signals|bands|peaks|features)\\b");
    private static final Pattern IN_SPECTRUM = Pattern.compile("(?i)\\b(?:in|of|from)\\s+the\\s+$");
    private static final Pattern GENERIC = Pattern.compile("(?i)\\b(?:can|cannot|could|rarely|only|generally|typically|usually|often|in general|in principle|is able to|are able to|allows?|enables?)\\b");
    private static final Pattern ADVICE = Pattern.compile("(?i)\\b(?:should|must|will|would|need(?:s|ed)? to|recommend\\w*|future)\\b");
    /** A result reported in the past tense, unlike a description of what a technique does in general. */
    private static final Pattern REPORTED = Pattern.compile("\\b(?:revealed|showed|confirmed|detected|identified|found|gave|yielded|indicated|demonstrated|observed|resolved|captured|tracked|recorded)\\b");
    private static final Pattern MEASURED = Pattern.compile("\\d(?:[\\d.,]*)\\s*(?:cm[-−]1|eV|Å|nm|Hz|%|V\\b|h\\b)|m/z|\\bg\\s*=|\\bJ\\s*=|±");
    private static final Pattern MODE_AFTER = Pattern.compile("(?i)^\\s*(quasi-in situ|in situ|operando|ex situ)\\b|^[^;:]{0,40}?\\b(?:performed|recorded|carried out|measured|collected|conducted|acquired|taken|done|run)\\s+"
            + "(?:\\w+\\s+){0,2}?(quasi-in situ|in situ|operando|ex situ)\\b|^[^;:]{0,60}?\\bunder\\s+(in situ|operando)\\s+conditions");
    private static final Pattern MODE_BEFORE_BY = Pattern.compile("(?i)\\b(quasi-in situ|in situ|operando|ex situ)\\s+(?:by|with|using|via)\\s+$");
    private static final Pattern MODE_JUST_BEFORE = Pattern.compile("(?i)\\b(quasi-in situ|in situ|operando|ex situ)\\s+(?:[\\w-]+\\s+){0,2}$");
    /** "grazing-incidence X-ray diffraction (GIXRD)": the acronym the text defines for the technique. */
    private static final Pattern DEFINED_ACRONYM = Pattern.compile("^\\s*\\(([A-Z][A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*)[,)]");
    private static final Pattern AFTER_TECHNIQUE = Pattern.compile("^\\s+(fitting|fits|fit|mapping)\\b");
    private static final Pattern BEFORE_TECHNIQUE = Pattern.compile("(?:\\b(online|Online|wavelet-transform|spin-trapping|time-resolved)|(\\d{1,3}[A-Z][a-z]?))\\s+$");
    private static final Pattern PREPOSITION_BEFORE = Pattern.compile("(?i)\\b(?:on|of|for|in)\\s+(?:the\\s+)?$");
    private static final Pattern SAME_MEASUREMENT = Pattern.compile("(?i)\\bthe same (?:measurements?|spectra|spectroscopy|experiments?|technique|probe)\\b");
    private static final Pattern FIGURE_OR_CITATION = Pattern.compile("\\s*\\((?:Figure|Fig\\.)[^)]*\\)|\\s*\\[[\\d,–\\-\\s]+]");

    private final Context ctx;
    private final Map<String, Resource> byTechniqueAndCatalyst = new HashMap<>();
    private List<Resource> lastClaims = new ArrayList<>();

    EvidenceReader(Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public void read(Passage p, Sentence s) {
        String text = s.text();
        List<Mention> mentions = ctx.lexicon.find(text, NKG.CharacterizationTechnique, NKG.CharacterizationMode);
        if (mentions.stream().noneMatch(m -> m.kind().equals(NKG.CharacterizationTechnique))) {
            if (SIGNALS.matcher(text).find()) {
                for (Resource claim : lastClaims) {
                    for (Mention i : ctx.lexicon.find(text, NKG.Intermediate)) {
                        if (Cues.negationOver(s, i.start()) == null) claim.addProperty(NKG.showsIntermediate, ctx.writer.term(i.term()));
                    }
                }
            }
            lastClaims = new ArrayList<>();
            return;
        }
        lastClaims = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        List<Made> made = new ArrayList<>();
        for (Mention t : mentions) {
            if (!t.kind().equals(NKG.CharacterizationTechnique) || t.term().equals(NKG.DensityFunctionalTheory)) continue;
            if (ADVICE.matcher(clauseOf(s, t.start())).find()) continue;
            // "… only the 15NH4+ doublet is observed in the 1H NMR spectrum": the spectrum an observation was made in
            if (IN_SPECTRUM.matcher(text.substring(Math.max(0, t.start() - 12), t.start())).find()
                    && seen.stream().anyMatch(k -> k.startsWith(t.term().getURI() + "#"))) continue;
            int result = result(s, t);
            if (result < 0 && !p.caption) continue;
            CatalystMention catalyst = catalyst(p, s, t, result < 0 ? t.end() : result);
            if (catalyst == null) continue;
            // "EXAFS fitting" and "wavelet-transform EXAFS" of one catalyst are two pieces of evidence
            String key = t.term().getURI() + "|" + modifier(text, t) + "|" + catalyst.name();
            if (seen.contains(key)) continue;
            seen.add(key);
            seen.add(t.term().getURI() + "#");
            List<Integer> sources = p.sourcesOf(s, t.start(), catalyst.name());
            Resource earlier = byTechniqueAndCatalyst.get(key);
            if (p.caption) {
                if (earlier != null) ctx.writer.restate(earlier, p, sources);
                continue;
            }
            Resource claim = write(p, s, t, catalyst, result, mentions, sources);
            byTechniqueAndCatalyst.putIfAbsent(key, claim);
            lastClaims.add(claim);
            made.add(new Made(t, catalyst.name(), s.clauseAt(t.start())));
        }
        if (!p.caption) sameMeasurement(p, s, mentions, made);
    }

    private record Made(Mention technique, String catalyst, int clause) {}

    private Resource write(Passage p, Sentence s, Mention t, CatalystMention catalyst, int result, List<Mention> mentions, List<Integer> sources) {
        String text = s.text();
        Resource claim = ctx.writer.claim(p, s, NKG.CharacterizationEvidence, ctx.cues.forClaim(p, s), sources);
        claim.addProperty(NKG.usesTechnique, ctx.writer.term(t.term()))
                .addProperty(NKG.techniqueAsPrinted, printed(text, t))
                .addProperty(NKG.aboutCatalyst, ctx.writer.catalyst(catalyst.name()))
                .addLiteral(NKG.hedged, Cues.hedgeOver(s, result) != null);
        Resource mode = mode(s, t, mentions);
        if (mode != null) claim.addProperty(NKG.inMode, ctx.writer.term(mode));
        String observation = observation(text, result);
        if (observation != null) {
            claim.addProperty(NKG.observation, observation);
            for (Mention i : ctx.lexicon.find(text.substring(result), NKG.Intermediate)) {
                if (Cues.negationOver(s, result + i.start()) == null) claim.addProperty(NKG.showsIntermediate, ctx.writer.term(i.term()));
            }
        }
        return claim;
    }

    /**
     * "…; on bare Cu nanorods the same measurement is dominated by …": a later clause that applies the measurement just
     * reported to another catalyst is evidence of the same technique, in the same mode, on that catalyst — compared or not.
     */
    private void sameMeasurement(Passage p, Sentence s, List<Mention> mentions, List<Made> made) {
        Matcher same = SAME_MEASUREMENT.matcher(s.text());
        while (same.find()) {
            int at = same.start();
            int clause = s.clauseAt(at);
            Made earlier = made.stream().filter(m -> m.clause() < clause && m.technique().end() < at).reduce((a, b) -> b).orElse(null);
            if (earlier == null) continue;
            CatalystMention on = null;
            for (CatalystMention m : p.catalysts(s)) {
                if (s.clauseAt(m.start()) == clause && m.start() < at) on = m;
            }
            if (on == null || on.name().equals(earlier.catalyst())) continue;
            Matcher verb = RESULT.matcher(s.text());
            int result = verb.find(same.end()) && s.clauseAt(verb.start()) == clause ? verb.start() : same.end();
            Resource claim = write(p, s, earlier.technique(), on, result, mentions, p.sourcesOf(s, at, on.name()));
            lastClaims.add(claim);
        }
    }

    /** Before the result verb (or a referring phrase), else "on/of/for X" after it, else the catalyst in focus if a quantity was measured. */
    private CatalystMention catalyst(Passage p, Sentence s, Mention technique, int result) {
        // the first catalyst named before the verb, a table catalyst first: "over Ni6@CuFe-LDH and CuFe-LDH, … used …"
        CatalystMention before = null;
        for (CatalystMention m : p.catalysts(s)) {
            if (m.start() < result && !Antecedents.comparedBefore(s, m) && (before == null || (m.inTable() && !before.inTable()))) before = m;
        }
        List<CatalystMention> referred = p.antecedents.referredBefore(s, result);
        if (!referred.isEmpty() && (before == null || referred.get(referred.size() - 1).start() > before.start())) {
            before = referred.get(referred.size() - 1);
        }
        if (before != null) return before;
        for (CatalystMention m : p.catalysts(s)) {
            if (m.start() > result && m.inTable() && !Antecedents.compared(s, m)
                    && PREPOSITION_BEFORE.matcher(s.text().substring(Math.max(0, m.start() - 12), m.start())).find()) {
                return m;
            }
        }
        if (p.caption) return firstAfter(s, p, result);
        // "… to detect adsorbed species on the TTA-TPH-CuCo surface": where the measurement was made, named after the verb
        for (CatalystMention m : p.catalysts(s)) {
            if (m.start() > result && !Antecedents.compared(s, m)
                    && ON_BEFORE.matcher(s.text().substring(Math.max(0, m.start() - 12), m.start())).find()) {
                return m;
            }
        }
        // a result reported with a number or in the past tense, or stated as a fact rather than a capability
        boolean specific = MEASURED.matcher(s.text()).find() || REPORTED.matcher(s.text()).find() || !GENERIC.matcher(s.text()).find();
        CatalystMention focus = specific ? p.antecedents.focusBefore(s) : null;
        if (focus != null) return focus;
        for (CatalystMention m : p.catalysts(s)) {
            if (m.start() > result && !m.inTable() && !Antecedents.compared(s, m)
                    && PREPOSITION_BEFORE.matcher(s.text().substring(Math.max(0, m.start() - 12), m.start())).find()) {
                return m;
            }
        }
        return null;
    }

    /**
     * Where the technique's result is reported: the first result verb after it in its clause ("XANES … shows"), else
     * one before it ("No N2O could be found with online DEMS", "The first shell refines to … in the EXAFS fit"), else
     * the phrase that credits it ("… according to EXAFS fitting"); -1 if the technique is only named.
     */
    private static int result(Sentence s, Mention t) {
        String text = s.text();
        org.nitratekg.loader.prose.language.Span clause = s.clauses().get(s.clauseAt(t.start())).span();
        Matcher after = RESULT.matcher(text);
        if (after.find(t.end()) && (after.start() < clause.end() || s.clauseAt(after.start()) == s.clauseAt(t.start()) + 1)) return after.start();
        Matcher before = RESULT.matcher(text.substring(clause.start(), t.start()));
        int last = -1;
        while (before.find()) last = clause.start() + before.start();
        if (last >= 0) return last;
        return CREDITED.matcher(text.substring(Math.max(0, t.start() - 40), t.start())).find() ? t.start() : -1;
    }

    /** The word that tells one use of a technique from another in the same sentence ("wavelet-transform EXAFS"). */
    private static String modifier(String text, Mention t) {
        Matcher before = BEFORE_TECHNIQUE.matcher(text.substring(Math.max(0, t.start() - 20), t.start()));
        return before.find() && before.group(1) != null ? before.group(1).toLowerCase(Locale.ROOT) : "";
    }

    private static CatalystMention firstAfter(Sentence s, Passage p, int at) {
        for (CatalystMention m : p.catalysts(s)) {
            if (m.start() > at && !Antecedents.compared(s, m)) return m;
        }
        return null;
    }

    private static Resource mode(Sentence s, Mention technique, List<Mention> mentions) {
        String text = s.text();
        String before = text.substring(Math.max(0, technique.start() - 40), technique.start());
        Matcher m = MODE_JUST_BEFORE.matcher(before);
        if (m.find()) return modeTerm(m.group(1));
        Matcher by = MODE_BEFORE_BY.matcher(before);
        if (by.find()) return modeTerm(by.group(1));
        String after = text.substring(technique.end(), s.clauses().get(s.clauseAt(technique.start())).span().end());
        Matcher a = MODE_AFTER.matcher(after);
        if (a.find()) return modeTerm(a.group(1) != null ? a.group(1) : a.group(2) != null ? a.group(2) : a.group(3));
        return null;
    }

    private static Resource modeTerm(String printed) {
        return switch (printed.toLowerCase(Locale.ROOT)) {
            case "operando" -> NKG.Operando;
            case "ex situ" -> NKG.ExSitu;
            case "quasi-in situ" -> NKG.QuasiInSitu;
            default -> NKG.InSitu;
        };
    }

    /** The technique as printed, with the word that says how it was used ("EXAFS fitting", "online DEMS", "15N … NMR"). */
    private String printed(String text, Mention t) {
        String name = acronymFor(text, t);
        Matcher after = AFTER_TECHNIQUE.matcher(text.substring(t.end()));
        if (after.find()) name = name + " " + (after.group(1).startsWith("fit") ? "fitting" : after.group(1));
        Matcher before = BEFORE_TECHNIQUE.matcher(text.substring(Math.max(0, t.start() - 12), t.start()));
        if (before.find()) name = (before.group(1) != null ? before.group(1).toLowerCase(Locale.ROOT) : before.group(2)) + " " + name;
        return NameKey.of(name);
    }

    /** The technique's short name: as printed when the text prints an acronym ("ATR-SEIRAS"), else the ontology's ("EPR" for "electron paramagnetic resonance"). */
    private String acronymFor(String text, Mention t) {
        String surface = t.surface();
        Matcher defined = DEFINED_ACRONYM.matcher(text.substring(t.end()));
        if (surface.matches(".*[a-z].*") && defined.find()) return defined.group(1);
        String acronym = ctx.lexicon.preferredLabel(t.term());
        if (acronym == null || surface.matches("[^a-z]*") || surface.contains(acronym)) return surface;
        return acronym;
    }

    private static String observation(String text, int result) {
        if (result < 0) return null;
        String rest = text.substring(result).replaceFirst("^\\S+\\s+(?:that\\s+)?", "");
        rest = FIGURE_OR_CITATION.matcher(rest).replaceAll("").replaceAll("[.\\s]+$", "");
        return rest.length() > 3 ? rest : null;
    }

    private static String clauseOf(Sentence s, int position) {
        return s.clauses().get(s.clauseAt(position)).span().of(s.text());
    }
}
