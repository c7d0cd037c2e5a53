package org.nitratekg.loader.prose;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Resource;
import org.nitratekg.loader.prose.language.CitationMarkers;
import org.nitratekg.loader.prose.language.Sentence;
import org.nitratekg.ontology.NKG;

/**
 * A computational screening study, read over its passage: how many candidates and which metals ("screened 150
 * candidate A1B single-atom alloys, combining six host metals … with 25 dopant metals …"), the model and its error
 * ("a mean absolute error (MAE) of 0.09 eV"), the descriptor it ranked by, the best candidates with their limiting
 * potentials ("X came out on top with a predicted limiting potential of −0.16 V", "Among the 24 candidates
 * screened, X showed the best activity"), and whether the winner was then made and tested.
 */
final class ScreeningReader implements ClaimReader {
    private static final Pattern STUDY = Pattern.compile("(?i)\\b(?:screen(?:ed|ing|s)?|high-throughput)\\b");
    private static final Pattern CANDIDATES = Pattern.compile("(?i)\\b(\\d+)\\s+(?:[^\\s,;.]+\\s+){0,4}?(?:candidates?|catalysts|alloys|structures|configurations|combinations|systems|SACs|SAAs|DACs|models|sites|pairs|compositions|materials|surfaces)\\b");
    private static final Pattern SPACE = Pattern.compile("(?i)^[^.;]*?\\b(?:combining|comprising|spanning|covering|built from|made of|contained|including|i\\.e\\.)\\s+([^;\\[]+?)(?=\\s*\\[|[.;]|$)");
    private static final Pattern MAE = Pattern.compile("(?i)\\b(?:mean absolute error|MAE|RMSE|root-mean-square error)(?:\\s*\\((?:MAE|RMSE)\\))?\\s+(?:of\\s+)?(\\d+(?:\\.\\d+)?)\\s*(eV|V)"
            + "|(\\d+(?:\\.\\d+)?)\\s*(eV|V)\\s+on average\\s*\\((?:mean absolute error|MAE|RMSE)");
    private static final Pattern MODEL = Pattern.compile("(?i)\\b(?:an?|the)\\s+((?:[\\w-]+\\s+){0,3}?(?:network|model|regression|forest|machine|classifier)\\b[^,.;]*?)\\s+(?:predicted|was trained|reproduced|achieved|gave)\\b");
    private static final Pattern DESCRIPTOR = Pattern.compile("(?i)\\b(?:descriptor|ranking criterion|criterion|figure of merit)\\s+(?:(?:that|which)\\s+)?(?:combin(?:ing|es|ed)|of|based on|built from|defined as|paired|was|is)\\s+(?:the\\s+)?([^.;\\[]+?)(?=\\s*\\[|[.;]|$)"
            + "|\\bdescriptor,\\s+(?:the\\s+)?([^;\\[]+?)(?=,\\s+(?:served|was used|were used|which)|[.;]|$)");
    private static final Pattern BEST = Pattern.compile("([A-Z][\\p{L}\\p{N}/-]*)(?:\\s+(?:pair|site|sites|alloy|catalyst|candidate|dimer|combination|unit))?\\s+(?:came out on top|ranked (?:first|highest|best)|emerged as the (?:best|top|most)\\b|(?:was|is) the (?:best|top|most promising)\\b|"
            + "(?:showed|exhibited|displayed|delivered|had|gave) the (?:best|highest|lowest|most|optimal)\\b|topped the (?:list|ranking)|(?:was|is) ranked (?:first|highest|top)|came first|ranked first|placed first)"
            + "|\\b(?:[Aa]t|[Oo]n) the top of the (?:list|ranking) (?:stood|was|came|sat)\\s+([A-Z][\\p{L}\\p{N}/-]*)"
            + "|\\b[Tt]he (?:best|top|most promising) candidate,?\\s+(?:was\\s+)?([A-Z][\\p{L}\\p{N}/-]*)");
    private static final Pattern LIMITING = Pattern.compile("(?i)limiting potential\\s+(?:of\\s+|(?:was|is)\\s+(?:predicted|computed|calculated|estimated)\\s+(?:to be|at|as)\\s+|(?:was|is)\\s+)?([+−-]?\\s?\\d+(?:\\.\\d+)?)\\s*(eV|V)");
    private static final Pattern RUNNER_UP = Pattern.compile("(?i)\\b(?:followed by|ahead of|before|then|second(?:ly)?,?)\\s+(?:the\\s+)?([A-Z][\\p{L}\\p{N}/-]*)"
            + "(?:\\s+(?:pair|site|alloy|catalyst|candidate))?(?:\\s+(?:at\\s+)?\\(?\\s*([+-]?\\d+(?:\\.\\d+)?)\\s*(?:V|eV))?");
    private static final Pattern WINNER = Pattern.compile("(?i)\\bthe (?:winner|top candidate|best candidate|predicted (?:catalyst|candidate))\\b");
    private static final Pattern MADE = Pattern.compile("(?i)\\b(?:synthesi[sz]ed|prepared|tested|fabricated|made|validated|confirmed experimentally|experimentally (?:confirmed|validated|verified))\\b");

    private final Context ctx;
    /** One study per passage: the first sentence that counts candidates opens it. */
    private final java.util.Set<Passage> done = new java.util.HashSet<>();
    /** Whether a passage speaks of a screening study at all, decided once per passage rather than once per sentence. */
    private final java.util.Map<Passage, Boolean> studies = new java.util.HashMap<>();

    ScreeningReader(Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public void read(Passage p, Sentence s) {
        if (p.caption || !studies.computeIfAbsent(p, q -> q.sentences.stream().anyMatch(t -> STUDY.matcher(t.text()).find()))) return;
        Matcher count = CANDIDATES.matcher(s.text());
        if (!count.find() || done.contains(p)) return;
        List<Sentence> study = p.sentences.subList(s.index(), p.sentences.size());
        String best = null;
        String limiting = null;
        Sentence bestSentence = s;
        for (Sentence t : study) {
            Matcher b = BEST.matcher(NameKey.of(t.text()));
            if (b.find()) {
                best = b.group(1) != null ? b.group(1) : b.group(2) != null ? b.group(2) : b.group(3);
                bestSentence = t;
                Matcher l = LIMITING.matcher(t.text());
                if (l.find()) limiting = l.group(1).replaceAll("\\s", "").replace('−', '-').replace("+", "");
                break;
            }
        }
        if (best == null) return;
        done.add(p);
        Resource claim = ctx.writer.claim(p, s, NKG.ScreeningClaim, screeningEvidence(p, s), citedIn(study))
                .addLiteral(NKG.hedged, false)
                .addLiteral(NKG.candidateCount, Long.parseLong(count.group(1)));
        Resource bestCatalyst = ctx.writer.catalyst(NameKey.of(best));
        claim.addProperty(NKG.bestCandidate, bestCatalyst).addProperty(NKG.aboutCatalyst, bestCatalyst);
        if (limiting != null) claim.addLiteral(NKG.limitingPotential, new BigDecimal(limiting));
        Matcher space = SPACE.matcher(s.text());
        claim.addProperty(NKG.screenedSpace, NameKey.of(count.group() + (space.find() ? ": " + space.group(1).strip() : "")));
        for (Sentence t : study) {
            Matcher mae = MAE.matcher(t.text());
            if (mae.find() && !claim.hasProperty(NKG.modelError)) {
                claim.addProperty(NKG.modelError, mae.group(1) != null ? mae.group(1) + " " + mae.group(2) : mae.group(3) + " " + mae.group(4));
            }
            Matcher d = DESCRIPTOR.matcher(t.text());
            if (d.find() && !claim.hasProperty(NKG.descriptorText)) {
                Matcher model = MODEL.matcher(String.join(" ", study.stream().map(Sentence::text).toList()));
                String descriptor = d.group(1) != null ? d.group(1) : d.group(2);
                claim.addProperty(NKG.descriptorText, NameKey.of(descriptor.strip()) + (model.find() ? " (" + model.group(1).strip() + ")" : ""));
            }
        }
        validation(claim, study, best, bestSentence);
        runnerUp(claim, bestSentence);
    }

    /** "…, followed by Pt1Ag (−0.22 V)", "ahead of Co–Cu (−0.23 V)": the second-ranked candidate and its limiting potential. */
    private void runnerUp(Resource claim, Sentence bestSentence) {
        Matcher m = RUNNER_UP.matcher(NameKey.of(bestSentence.text()));
        if (!m.find()) return;
        Resource second = ctx.writer.catalyst(m.group(1));
        claim.addProperty(NKG.runnerUp, second);
        if (m.group(2) != null) claim.addLiteral(NKG.runnerUpLimitingPotential, new BigDecimal(m.group(2).replace("+", "")));
    }

    /** Validated when a later sentence says the best candidate was made or tested. */
    private void validation(Resource claim, List<Sentence> study, String best, Sentence bestSentence) {
        for (Sentence t : study) {
            if (t.index() < bestSentence.index() || !(NameKey.of(t.text()).contains(best) || WINNER.matcher(t.text()).find())) continue;
            if (MADE.matcher(t.text()).find()) {
                claim.addLiteral(NKG.validated, true).addProperty(NKG.validationNote, NameKey.of(t.text()));
                return;
            }
        }
        claim.addLiteral(NKG.validated, false);
    }

    private java.util.Set<Resource> screeningEvidence(Passage p, Sentence s) {
        java.util.Set<Resource> evidence = new java.util.LinkedHashSet<>(ctx.cues.of(s.text()));
        if (evidence.isEmpty()) evidence.add(NKG.TheoryDFT);
        return evidence;
    }

    private static List<Integer> citedIn(List<Sentence> study) {
        List<Integer> all = new ArrayList<>();
        for (Sentence t : study) {
            for (int n : CitationMarkers.numbers(t.text())) if (!all.contains(n)) all.add(n);
        }
        return all;
    }
}
