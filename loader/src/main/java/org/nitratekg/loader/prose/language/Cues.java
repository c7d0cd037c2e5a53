package org.nitratekg.loader.prose.language;

import java.util.ArrayList;
import java.util.List;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Negation and hedge cues with their scope, after the NegEx/ConText family of methods: a list of cue phrases, each
 * with a direction, and scope rules bounded by the clause. A forward hedge cue ("may", "tentatively", "whether")
 * covers the rest of its clause; a backward one ("… remains to be confirmed") covers what comes before it in the
 * sentence. A negation cue ("not", "no", "never", "rather than", "instead of") covers only the short phrase after
 * it, up to a comma or the end of its clause, so "the spinel, not a reconstructed hydroxide, is the working phase"
 * negates the hydroxide and nothing else. Hedge phrases that contain a negation ("it is not yet clear whether")
 * hedge; they do not negate.
 */
public final class Cues {
    private static final Pattern HEDGE_FORWARD = Pattern.compile("(?i)\\b(?:may|might|could|possibly|perhaps|probably|presumably|"
            + "tentatively|apparently|likely|appears? to|seems? to|(?:is|are) (?:thought|believed|proposed|suggested) to|"
            + "it is (?:not (?:yet )?|still )?(?:clear|unclear|uncertain|known|established) (?:whether|if)|"
            + "(?:unclear|uncertain|open|debated|unknown) (?:whether|if)|whether)\\b");
    private static final Pattern HEDGE_BACKWARD = Pattern.compile("(?i)\\b(?:remains? to be (?:confirmed|established|seen|proven|shown|verified)|"
            + "(?:has|have) yet to be (?:confirmed|established|shown|verified)|remains? (?:open|unclear|uncertain|debated|unresolved)|"
            + "(?:has|have) not (?:yet )?been (?:established|confirmed|demonstrated|shown|verified)|(?:is|are) (?:still )?(?:unclear|debated|uncertain))\\b");
    /** Case matters: "NO" is nitric oxide, "no" a negation. */
    private static final Pattern NEGATION = Pattern.compile("\\b(?:[Nn]ot(?! only\\b)|[Cc]annot|[Nn]ever|[Nn]o longer|[Nn]either|[Nn]or|[Nn]o|[Ww]ithout|"
            + "[Ff]ail(?:s|ed)? to|[Uu]nable to|[Rr]ather than|[Ii]nstead of)\\b|n't\\b");
    private static final Pattern PHRASE_END = Pattern.compile("[,(\\[]");
    private static final Pattern INSERTED_ADVERB = Pattern.compile("(?i),\\s*(?:however|therefore|thus|though|indeed|in fact|moreover|also|still|yet|in turn|of course|so far|as yet)\\s*,");
    private static final int NEGATION_REACH_WORDS = 8;

    private Cues() {}

    /** A cue found in a sentence: its words and where they stand. */
    public record Cue(String words, Span span) {}

    /** The hedge cue whose scope covers the position, if any. */
    public static Cue hedgeOver(Sentence s, int position) {
        String text = s.text();
        int clause = s.clauseAt(position);
        Span own = s.clauses().get(clause).span();
        Matcher f = HEDGE_FORWARD.matcher(text);
        while (f.find()) {
            if (f.start() < position && (own.contains(f.start()) || opensSentence(s, f.start(), clause))) {
                return new Cue(f.group(), new Span(f.start(), f.end()));
            }
        }
        Matcher b = HEDGE_BACKWARD.matcher(text);
        while (b.find()) {
            if (b.start() > position) return new Cue(b.group(), new Span(b.start(), b.end()));
        }
        return null;
    }

    /** The negation cue whose short scope covers the position, if any. */
    public static Cue negationOver(Sentence s, int position) {
        String text = s.text();
        Span own = s.clauses().get(s.clauseAt(position)).span();
        // the hedges are only needed for a negation before the position in its clause, which most calls do not meet
        List<Span> hedges = null;
        Matcher n = NEGATION.matcher(text);
        Cue found = null;
        while (n.find()) {
            if (n.end() > position || !own.contains(n.start())) continue;
            int at = n.start();
            if (hedges == null) hedges = hedgeSpans(text);
            if (hedges.stream().anyMatch(h -> h.contains(at))) continue;
            // "does not, however, break": an adverb set off by commas does not end the negated phrase
            String between = INSERTED_ADVERB.matcher(text.substring(n.end(), position)).replaceAll(" ");
            if (PHRASE_END.matcher(between).find()) continue;
            if (between.isBlank() || between.strip().split("\\s+").length <= NEGATION_REACH_WORDS) {
                found = new Cue(n.group(), new Span(n.start(), n.end()));
            }
        }
        return found;
    }

    /** "Tentatively, and with the caveat that …, X breaks …": a hedge opening the sentence covers the clauses that continue it. */
    private static boolean opensSentence(Sentence s, int cue, int clause) {
        if (cue > 2) return false;
        for (int i = 1; i <= clause; i++) {
            if (s.clauses().get(i).link() == Clause.Link.CONTRAST) return false;
        }
        return true;
    }

    private static List<Span> hedgeSpans(String text) {
        List<Span> spans = new ArrayList<>();
        for (Pattern p : List.of(HEDGE_FORWARD, HEDGE_BACKWARD)) {
            Matcher m = p.matcher(text);
            while (m.find()) spans.add(new Span(m.start(), m.end()));
        }
        return spans;
    }
}
