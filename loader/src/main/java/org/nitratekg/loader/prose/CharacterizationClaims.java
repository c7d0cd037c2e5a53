package org.nitratekg.loader.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Resource;
import org.nitratekg.ontology.NKG;

/**
 * Characterization evidence: a sentence that reports what a named technique showed (revealed, identified,
 * confirmed, detected, tracked …), with the mode written before the technique (in situ, operando, ex situ), the
 * catalyst or motif it was about and the observation in the review's words. Method descriptions in the present
 * tense without a catalyst, and recommendations ("should", "future research"), are not evidence.
 */
final class CharacterizationClaims {
    private static final Pattern RESULT_PAST = Pattern.compile(
            "(?i)\\b(revealed|identified|confirmed|corroborated|detected|demonstrated|showed|shown|captured|resolved|tracked|observed|indicated|established|employed|used|applied|linked|clarified)\\b");
    private static final Pattern RESULT_PRESENT = Pattern.compile("(?i)\\b(reveals?|confirms?|shows?|correlates?|indicates?|detects?|identif(?:y|ies))\\b");
    private static final Pattern ADVICE = Pattern.compile("(?i)\\b(should|must|will|would|needs? to|require[sd]?|recommend\\w*|future|secure)\\b");
    private static final Pattern OBSERVATION_AFTER_VERB = Pattern.compile(
            "(?i)\\b(?:revealed|revealing|identified|confirmed|confirm|corroborated|detected|showed|show|indicated|clarified|captured|resolved|correlate|reveal|reveals|demonstrated)\\s+(?!by\\b)(?:that\\s+)?(.+?)(?=\\s*\\((?:Figure|Fig)|\\s*\\[\\d|, (?:while|providing|thereby|which)\\b|$)");
    private static final Pattern OBSERVATION_PURPOSE = Pattern.compile(
            "\\bto\\s+(?:track|capture|detect|probe|monitor|reveal|identify)\\s+(.+?)(?=\\s*\\((?:Figure|Fig)|\\s*\\[\\d|$)");
    private static final Pattern OBSERVATION_BEFORE_USING = Pattern.compile(
            "(?i)\\b(?:resolved|revealed|captured|tracked|identified)\\s+(.+?)\\s+using\\b");
    private static final Pattern SIGNALS = Pattern.compile("^(?:Characteristic|The|These|Distinct)?\\s*(?:signals|bands|peaks|features)\\b.*\\b(revealed|confirmed|showed|indicated|demonstrated)\\b");
    private static final Pattern CALCULATIONS_FIRST = Pattern.compile("^(?:The\\s+)?(?:Theoretical|DFT)\\s+calculations\\b");
    private static final Pattern REFERS_BACK = Pattern.compile("\\b(these|this|their|its|they)\\b");
    private static final Pattern CLAUSE_BOUNDARY = Pattern.compile(",?\\s+(?:while|whereas)\\b|;");
    private static final Pattern OBSERVATION_LINKED = Pattern.compile("(?i)\\blinked\\b.{0,80}?\\bto\\s+(.+?)(?=\\s*\\((?:Figure|Fig)|\\s*\\[\\d|$)");
    private static final Pattern MODE_JOIN = Pattern.compile("^(?:\\s*\\([^)]*\\))?\\s*(?:and|/|,|or)\\s*$");

    private final Context ctx;

    CharacterizationClaims(Context ctx) {
        this.ctx = ctx;
    }

    void extract(Passage p) {
        boolean caption = p.part.hasProperty(org.apache.jena.vocabulary.RDF.type, NKG.FigureCaption);
        List<Resource> previousClaims = List.of();
        for (Sentence s : p.sentences) {
            String text = s.text();
            List<Mention> mentions = ctx.lexicon.find(text, NKG.CharacterizationTechnique, NKG.CharacterizationMode);
            List<Mention> techniques = mentions.stream().filter(m -> m.kind().equals(NKG.CharacterizationTechnique)).toList();
            if (techniques.isEmpty()) {
                if (SIGNALS.matcher(text).find()) {
                    for (Resource c : previousClaims) {
                        for (Resource i : ctx.intermediates(text)) c.addProperty(NKG.showsIntermediate, ctx.writer.term(i));
                    }
                }
                previousClaims = List.of();
                continue;
            }
            previousClaims = List.of();
            if (ADVICE.matcher(text).find()) continue;
            CatalystFinder.Found catalyst = CatalystFinder.main(ctx.catalysts(text), ctx.knownCatalystNames, text);
            Sentence focus = null;
            if (catalyst == null && !caption && (Passage.anaphoric(s) || REFERS_BACK.matcher(text).find() || CALCULATIONS_FIRST.matcher(text).find())) {
                focus = ctx.focusSentence(p, s, CALCULATIONS_FIRST.matcher(text).find() ? 2 : 1);
                catalyst = focus == null ? null : CatalystFinder.main(ctx.catalysts(focus.text()), ctx.knownCatalystNames, focus.text());
            }
            List<MotifFinder.Found> motifs = ctx.motifs(text);
            boolean about = catalyst != null || !motifs.isEmpty();
            boolean reported = caption
                    ? catalyst != null && techniques.stream().anyMatch(t -> adjacentMode(t, mentions, text) != null)
                    : RESULT_PAST.matcher(text).find() || (about && RESULT_PRESENT.matcher(text).find());
            if (!reported) continue;
            List<Resource> claims = new ArrayList<>();
            for (Mention t : techniques) {
                if (claims.stream().anyMatch(c -> c.hasProperty(NKG.usesTechnique, t.term()))) continue;
                String observation = caption ? text.replaceFirst("^\\([a-z]\\)\\s*", "").replaceAll("[.]$", "")
                        : observation(clauseOf(text, t));
                if (observation == null && !caption) observation = observation(text);
                Resource claim = ctx.writer.claim(p, s, NKG.CharacterizationEvidence, ctx.cues.forClaim(p, s), focus);
                claim.addProperty(NKG.usesTechnique, ctx.writer.term(t.term()));
                Resource mode = modeOf(t, mentions, text);
                if (mode != null) claim.addProperty(NKG.inMode, ctx.writer.term(mode));
                if (catalyst != null) claim.addProperty(NKG.aboutCatalyst, ctx.writer.catalyst(catalyst.name()));
                for (MotifFinder.Found m : motifs) claim.addProperty(NKG.claimSubject, ctx.writer.motif(m.motif()));
                if (observation != null) claim.addProperty(NKG.observation, observation);
                if (!t.term().equals(NKG.DensityFunctionalTheory) && observation != null) {
                    for (Resource i : ctx.intermediates(observation)) claim.addProperty(NKG.showsIntermediate, ctx.writer.term(i));
                }
                claims.add(claim);
            }
            previousClaims = claims;
        }
    }

    /**
     * The mode written just before the technique ("operando electrochemical XPS"), else the mode of the technique
     * it is listed with ("in situ XANES/EXAFS", "operando Raman spectroscopy (Figure 2b) and XRD measurements").
     */
    private static Resource modeOf(Mention technique, List<Mention> mentions, String text) {
        Resource mode = null;
        Mention lastTechnique = null;
        Resource lastMode = null;
        for (Mention m : mentions) {
            if (m.start() > technique.start()) break;
            if (m.kind().equals(NKG.CharacterizationMode)) continue;
            mode = adjacentMode(m, mentions, text);
            if (mode == null && lastTechnique != null && lastMode != null && MODE_JOIN.matcher(
                    text.substring(lastTechnique.end(), m.start()).replaceAll("(?i)\\b(spectroscopy|analyses|analysis|measurements?)\\b", "")).find()) {
                mode = lastMode;
            }
            lastTechnique = m;
            lastMode = mode;
        }
        return mode;
    }

    private static Resource adjacentMode(Mention technique, List<Mention> mentions, String text) {
        for (Mention m : mentions) {
            if (m.kind().equals(NKG.CharacterizationMode) && m.end() <= technique.start()
                    && text.substring(m.end(), technique.start()).matches("\\s*(?:[a-z]+\\s+)?")) {
                return m.term();
            }
        }
        return null;
    }

    /** The clause a technique is named in, between ", while", "whereas" and ";" boundaries. */
    private static String clauseOf(String text, Mention technique) {
        int from = 0;
        int to = text.length();
        Matcher b = CLAUSE_BOUNDARY.matcher(text);
        while (b.find()) {
            if (b.end() <= technique.start()) from = b.end();
            else if (b.start() >= technique.end() && to == text.length()) to = b.start();
        }
        return text.substring(from, to);
    }

    static String observation(String text) {
        for (Pattern p : List.of(OBSERVATION_BEFORE_USING, OBSERVATION_AFTER_VERB, OBSERVATION_PURPOSE, OBSERVATION_LINKED)) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                String o = m.group(1).strip().replaceAll("[.,;]+$", "");
                if (o.length() > 3) return o;
            }
        }
        return null;
    }
}
