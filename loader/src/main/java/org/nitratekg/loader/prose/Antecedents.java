package org.nitratekg.loader.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nitratekg.loader.prose.language.Clause;
import org.nitratekg.loader.prose.language.Cues;
import org.nitratekg.loader.prose.language.Sentence;

/**
 * Which catalyst a statement is about, within its passage: the catalyst named last before it in its sentence, or
 * the one a referring phrase stands for ("This catalyst", "the latter", "the same catalyst", "the O-bridged pair",
 * "It"), or else the catalyst in focus, the one named last in the sentences before. A catalyst named only for
 * comparison ("than on bare Cu", "compares with 78.9% for Fe–N4/C", "the Co–N4/G reference") never becomes the focus.
 */
final class Antecedents {
    private static final Pattern REFERRING = Pattern.compile("(?i)\\b(?:the latter|the former|the (?:first|second)(?=,|\\s+(?:is|was|are|were|has|had|does|did|can|may|might|sits|lies|shows|reaches|gives|falls|breaks|escapes|binds|holds|remains|stays|delivers|achieves|exhibits|displays|[a-z]+ed)\\b)|(?:this|these|those|such|the same|the|both)\\s+"
            + "(?:[\\p{L}\\d][\\w–-]*\\s+){0,2}?(?:catalysts?|composites?|pairs?|alloys?|clusters?|nanocubes|cubes|particles|nanoparticles|hybrids?|sites?|"
            + "nanosheets|nanowires|nanorods|nanotubes|tubes|rods|wires|sheets|dendrites|crystals|films|foams|materials?|electrodes?|samples?|systems?|units?|"
            + "ensembles?|tetramers?|trimers?|dimers?|complex(?:es)?|molecules?|oxides?|spinels?|frameworks?|hybrids?|alloys?|intermetallics?|"
            + "interfaces?|boundar(?:y|ies)|heterostructures?|junctions?|composites?|shells?))\\b"
            + "|(?:^|(?<=[;:,] ))(?-i:It|it|Its|its|Their|their)\\b(?!\\s+(?:is|was)\\s+(?:not\\s+)?(?:(?:this|that|these|the|clear|likely|possible|unclear|thought|believed|known|generally|widely|now|yet)\\b|\\w+ed\\s+that))");
    private static final Pattern COMPARED = Pattern.compile("(?i)(?:\\bthan|\\bagainst|\\bversus|\\bcompared (?:with|to)|\\brelative to|\\bunlike|"
            + "\\bas (?:on|in|for)|\\b(?:from|with|against|versus|than)\\s+(?:only\\s+|about\\s+|~)?[\\d.]+\\s*%\\s+(?:for|on|in|of)|\\babsent (?:for|on|in))"
            + "\\s+(?:(?:on|for|in) )?(?:the )?(?:[a-z][\\w-]* ){0,2}$");
    private static final Pattern REFERENCE_AFTER = Pattern.compile("^\\s+(?:references?|controls?|counterparts?)\\b");
    /** "pristine TiO2", "bare Ag nanowires": named as the reference a catalyst is compared with, never the one in focus. */
    private static final Pattern REFERENCE_BEFORE = Pattern.compile("(?i)\\b(?:pristine|bare|pure|stoichiometric|unmodified|undoped|unsubstituted|unstrained|untreated|parent|commercial|conventional|isolated|symmetric|monometallic|as-prepared|as-anodised|as-anodized)\\s+$");
    private static final Pattern NEW_STUDY = Pattern.compile("\\b[A-Z][a-z]+(?:\\s+and\\s+(?:co-workers|coworkers|colleagues|collaborators)|\\s+et al\\.)");
    private static final Pattern REFERENCE_BEFORE_WORD = Pattern.compile("(?i)\\b(?:pristine|bare|pure|stoichiometric|unmodified|undoped|parent)\\b");
    /** "at the surface of NiO nanosheets": the host a catalyst is made in, not the catalyst. */
    private static final Pattern HOST_BEFORE = Pattern.compile("(?i)\\b(?:surface|lattice|matrix|support|host|framework)\\s+of\\s+(?:the\\s+)?(?:[a-z][\\w-]*\\s+)?$");
    /** "the CuFe-LDH support", "a TiO2 matrix": a part of the catalyst, not its name. */
    private static final Pattern PART_AFTER = Pattern.compile("^\\s+(?:supports?|substrates?|matri(?:x|ces)|hosts?|scaffolds?|shells?|cores?)\\b");

    private final Passage passage;
    private final java.util.Map<Integer, CatalystMention> focus = new java.util.HashMap<>();

    Antecedents(Passage passage) {
        this.passage = passage;
    }

    /** The catalyst the statement at {@code position} of the sentence is about, or null. */
    CatalystMention subjectAt(Sentence s, int position) {
        CatalystMention last = null;
        int lastAt = -1;
        for (CatalystMention m : passage.catalysts(s)) {
            if (m.start() < position && m.start() > lastAt && !comparedBefore(s, m)) {
                last = m;
                lastAt = m.start();
            }
        }
        Matcher r = REFERRING.matcher(s.text());
        while (r.find()) {
            if (r.end() <= position && r.start() > lastAt && !insideMention(s, r.start())) {
                CatalystMention resolved = resolve(s, r.start(), r.group());
                if (resolved != null) {
                    last = resolved;
                    lastAt = r.start();
                }
            }
        }
        return last != null ? last : focusBefore(s);
    }

    /** Referring phrases of the sentence before {@code position}, each with the catalyst it stands for (start of the phrase as start). */
    List<CatalystMention> referredBefore(Sentence s, int position) {
        List<CatalystMention> referred = new ArrayList<>();
        Matcher r = REFERRING.matcher(s.text());
        while (r.find()) {
            int from = r.start();
            int to = r.end();
            // "the bare Ag nanowires" names its catalyst: the phrase is the mention, not a reference to another
            if (to > position || passage.catalysts(s).stream().anyMatch(m -> m.start() < to && from < m.end())) continue;
            CatalystMention resolved = resolve(s, r.start(), r.group());
            if (resolved != null) referred.add(new CatalystMention(resolved.name(), r.start(), r.end(), resolved.inTable()));
        }
        return referred;
    }

    /**
     * The catalyst in focus when a sentence begins: in the nearest sentence before that names one (or refers to one),
     * the last main clause that does so — a clause opened by "whereas" or "while" speaks of a catalyst set against
     * the main one — and in it the first named, a tabulated one first ("On MoO3 …; on MoO3-x …" is about MoO3-x;
     * "over Pt6@NiFe-LDH and NiFe-LDH" is about Pt6@NiFe-LDH).
     */
    CatalystMention focusBefore(Sentence s) {
        if (!focus.containsKey(s.index())) focus.put(s.index(), findFocusBefore(s));
        return focus.get(s.index());
    }

    private CatalystMention findFocusBefore(Sentence s) {
        // "Jiang and co-workers applied in situ XAS …": a sentence that opens another study leaves the earlier focus behind
        if (NEW_STUDY.matcher(s.text()).find()) return null;
        for (int i = s.index() - 1; i >= 0; i--) {
            Sentence t = passage.sentences.get(i);
            List<CatalystMention> named = new ArrayList<>();
            for (CatalystMention m : passage.catalysts(t)) {
                // "the surface is not converted into Ni(OH)2": a catalyst named under a negation is not what the passage is about
                if (!compared(t, m) && Cues.negationOver(t, m.start()) == null) named.add(m);
            }
            // "the former"/"the latter" pick one of two for their own clause; they do not make it the topic
            for (CatalystMention r : referredBefore(t, t.text().length())) {
                if (!t.text().substring(r.start(), r.end()).matches("(?i)the (?:latter|former|first|second)")) named.add(r);
            }
            if (named.isEmpty()) continue;
            // main clauses first: not a subordinate contrast, and not a clause continuing another ("…, so that the Ir is in the Cu nanowires")
            int clause = -1;
            for (int rank = 0; rank < 3 && clause < 0; rank++) {
                for (CatalystMention m : named) {
                    Clause c = t.clauses().get(t.clauseAt(m.start()));
                    int r = c.subordinateContrast() ? 2 : c.link() == Clause.Link.CONTINUATION ? 1 : 0;
                    if (r == rank) clause = Math.max(clause, t.clauseAt(m.start()));
                }
            }
            CatalystMention first = null;
            for (CatalystMention m : named) {
                if (t.clauseAt(m.start()) != clause) continue;
                if (first == null || (m.inTable() && !first.inTable()) || (m.inTable() == first.inTable() && m.start() < first.start())) first = m;
            }
            if (first != null) return first;
        }
        return null;
    }

    /** Whether a mention names a catalyst only as the point of comparison ("than on X", "the X reference"). */
    static boolean compared(Sentence s, CatalystMention m) {
        String before = s.text().substring(Math.max(0, m.start() - 30), m.start());
        // a metal foil is the standard every spectrum is compared with
        return comparedBefore(s, m) || REFERENCE_AFTER.matcher(s.text().substring(m.end())).find() || REFERENCE_BEFORE.matcher(before).find()
                || m.name().endsWith(" foil");
    }

    /** Compared by the words before it; "the X reference reaches …" is still the subject of its own clause. */
    static boolean comparedBefore(Sentence s, CatalystMention m) {
        String before = s.text().substring(Math.max(0, m.start() - 40), m.start());
        return COMPARED.matcher(before).find() || HOST_BEFORE.matcher(before).find() || PART_AFTER.matcher(s.text().substring(m.end())).find();
    }

    private CatalystMention resolve(Sentence s, int at, String phrase) {
        String p = phrase.toLowerCase(java.util.Locale.ROOT);
        // "the two pairs", "both catalysts": a phrase that counts its catalysts stands for more than one of them
        if (p.matches("(?:the (?:two|three|four)|both)\\b.*")) return null;
        if (p.equals("the first")) p = "the former";
        if (p.equals("the second")) p = "the latter";
        if (p.equals("the latter") || p.equals("the former")) {
            List<CatalystMention> named = distinctBefore(s, at);
            for (int i = s.index() - 1; named.size() < 2 && i >= 0; i--) {
                Sentence t = passage.sentences.get(i);
                named.addAll(0, distinctBefore(t, t.text().length()));
            }
            if (named.size() < 2) return null;
            return p.equals("the latter") ? named.get(named.size() - 1) : named.get(named.size() - 2);
        }
        if (REFERENCE_BEFORE_WORD.matcher(phrase).find()) return lastReference(s, at);
        for (int k = passage.catalysts(s).size() - 1; k >= 0; k--) {
            CatalystMention m = passage.catalysts(s).get(k);
            if (m.end() <= at && !compared(s, m)) return m;
        }
        return focusBefore(s);
    }

    /** "the pristine oxide", "the bare support": the reference material named last before, one the table does not list. */
    private CatalystMention lastReference(Sentence s, int at) {
        for (int i = s.index(); i >= 0; i--) {
            Sentence t = passage.sentences.get(i);
            List<CatalystMention> named = passage.catalysts(t);
            for (int k = named.size() - 1; k >= 0; k--) {
                CatalystMention m = named.get(k);
                if ((i < s.index() || m.end() <= at) && !m.inTable()) return m;
            }
        }
        return null;
    }

    private List<CatalystMention> distinctBefore(Sentence s, int at) {
        List<CatalystMention> named = new ArrayList<>();
        for (CatalystMention m : passage.catalysts(s)) {
            if (m.end() <= at && named.stream().noneMatch(n -> n.name().equals(m.name()))) named.add(m);
        }
        return named;
    }

    private boolean insideMention(Sentence s, int at) {
        return passage.catalysts(s).stream().anyMatch(m -> m.start() <= at && at < m.end());
    }
}
