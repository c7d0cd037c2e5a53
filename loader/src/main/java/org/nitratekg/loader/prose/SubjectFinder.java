package org.nitratekg.loader.prose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Resource;
import org.nitratekg.loader.prose.language.Sentence;
import org.nitratekg.ontology.NKG;

/**
 * The subject of a statement within its sentence: the nearest thing before the verb that a claim can be about — a
 * catalyst, a phrase referring to one, a site motif ("Cu–N3 sites", "axially hydroxylated M–N4–OH motifs") or a
 * design strategy ("tandem relay catalysis") — looking first in the verb's clause, then earlier in the sentence.
 * Catalysts named only for comparison do not count.
 */
final class SubjectFinder {
    /** A motif written with a generic metal M, which stands for a family ("M–N4–OH motifs"). */
    private static final Pattern FAMILY_MOTIF = Pattern.compile("(?<![\\p{L}\\d])M[-–]N\\d(?:(?:Cl|[OSPCB])\\d?)*(?:[-–](?:OH|O|Cl|S|P|C\\d?|N\\d?))?(?![\\p{L}\\d])");
    /** "such sites", "these motifs": a referring phrase about sites stands for the motif named just before, if any. */
    private static final Pattern SITES = Pattern.compile("(?i)\\b(?:such|these|those)\\s+(?:[\\w-]+\\s+)?(?:sites|motifs|centres|centers|configurations)\\b");
    private static final Pattern AGENT = Pattern.compile("(?i)\\b(?:in|for|to|by|on|at|with)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}$");

    private static final Pattern DEMONSTRATIVE = Pattern.compile("(?:This|These|Such|Those|this|these)\\s+(?:[\\w-]+\\s+){0,2}?"
            + "(?:mechanism|modulation|effect|effects|strategy|approach|design|perturbations?|modifications?|synergy|coupling|interplay|combination|behaviou?r|feature|change|changes)\\b");

    enum Kind { CATALYST, MOTIF, STRATEGY }

    record Found(Kind kind, int start, CatalystMention catalyst, Resource motif, Resource strategy, String printed) {}

    private final Context ctx;

    SubjectFinder(Context ctx) {
        this.ctx = ctx;
    }

    Found before(Passage p, Sentence s, int verb) {
        List<Found> all = candidates(p, s, verb);
        int clauseStart = s.clauses().get(s.clauseAt(verb)).span().start();
        Found inClause = all.stream().filter(f -> f.start() >= clauseStart).max(Comparator.comparingInt(Found::start)).orElse(null);
        if (inClause != null) return inClause;
        Found earlier = all.stream().filter(f -> f.kind() == Kind.CATALYST).max(Comparator.comparingInt(Found::start)).orElse(null);
        if (earlier == null) earlier = all.stream().max(Comparator.comparingInt(Found::start)).orElse(null);
        if (earlier != null) return earlier;
        return demonstrative(p, s, verb);
    }

    /**
     * "This dual modulation breaks …", "These perturbations can … break …": a demonstrative subject that names no
     * catalyst stands for what the sentence before was about — its catalyst, else its motif, else its strategy.
     */
    Found demonstrative(Passage p, Sentence s, int verb) {
        if (!DEMONSTRATIVE.matcher(s.text().substring(s.clauses().get(s.clauseAt(verb)).span().start())).lookingAt()) return null;
        Sentence previous = p.previous(s, 1);
        if (previous == null) return null;
        List<Found> there = candidates(p, previous, previous.text().length());
        for (Kind kind : Kind.values()) {
            Found last = there.stream().filter(f -> f.kind() == kind).max(Comparator.comparingInt(Found::start)).orElse(null);
            if (last != null) return new Found(last.kind(), -1, last.catalyst(), last.motif(), last.strategy(), last.printed());
        }
        return null;
    }

    /** "… achieved in X", "… attributed to the M–N5 motif", "… by the intermetallic", "… reported for X": the agent after a nominal or passive claim. */
    Found agentAfter(Passage p, Sentence s, int from) {
        int end = s.clauses().get(s.clauseAt(from)).span().end();
        List<Found> after = candidates(p, s, end).stream().filter(f -> f.start() >= from).toList();
        for (Found f : after) {
            String before = s.text().substring(Math.max(from, f.start() - 60), f.start());
            if (AGENT.matcher(before).find()) return f;
        }
        return null;
    }

    /** What the sentence before a subjectless claim was about, when it names one thing: "Hydrogen spillover is the clearest example. When … , the scaling is circumvented". */
    Found topicOfPrevious(Passage p, Sentence s) {
        Sentence previous = p.previous(s, 1);
        if (previous == null) return null;
        List<Found> there = candidates(p, previous, previous.text().length());
        return there.size() == 1 ? there.get(0) : null;
    }

    /** The last motif named before a position, in the sentence or, nearest first, the ones before it in the passage. */
    private Found motifBefore(Passage p, Sentence s, int position) {
        Found own = candidates(p, s, position).stream().filter(f -> f.kind() == Kind.MOTIF).reduce((a, b) -> b).orElse(null);
        for (int back = 1; own == null && p.previous(s, back) != null; back++) {
            Sentence previous = p.previous(s, back);
            own = candidates(p, previous, previous.text().length()).stream().filter(f -> f.kind() == Kind.MOTIF).reduce((a, b) -> b).orElse(null);
        }
        return own;
    }

    private List<Found> candidates(Passage p, Sentence s, int verb) {
        String text = s.text();
        List<Found> found = new ArrayList<>();
        List<CatalystMention> catalysts = new ArrayList<>();
        for (CatalystMention m : p.catalysts(s)) {
            if (m.start() < verb && !Antecedents.compared(s, m)) catalysts.add(m);
        }
        catalysts.addAll(p.antecedents.referredBefore(s, verb));
        for (CatalystMention m : catalysts) found.add(new Found(Kind.CATALYST, m.start(), m, null, null, null));
        for (MotifFinder.Found m : ctx.motifs(text)) {
            if (m.start() < verb && m.motif().facet() == null && catalysts.stream().noneMatch(c -> c.start() <= m.start() && m.start() < c.end())) {
                found.add(new Found(Kind.MOTIF, m.start(), null, ctx.writer.motif(m.motif()), null, null));
            }
        }
        Matcher family = FAMILY_MOTIF.matcher(text);
        while (family.find()) {
            if (family.start() < verb) {
                found.add(new Found(Kind.MOTIF, family.start(), null, ctx.writer.familyMotif(NameKey.of(family.group())), null, null));
            }
        }
        Matcher sites = SITES.matcher(text);
        while (sites.find()) {
            if (sites.start() >= verb) break;
            Found motif = motifBefore(p, s, sites.start());
            if (motif != null) {
                int at = sites.start();
                found.removeIf(f -> f.kind() == Kind.CATALYST && f.start() == at);
                found.add(new Found(Kind.MOTIF, at, null, motif.motif(), null, null));
            }
        }
        for (Mention m : ctx.lexicon.find(text, NKG.DesignStrategy)) {
            if (m.start() < verb) found.add(new Found(Kind.STRATEGY, m.start(), null, null, m.term(), NameKey.of(m.surface().toLowerCase(java.util.Locale.ROOT))));
        }
        return found;
    }
}
