package org.nitratekg.loader.prose.language;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a sentence into clauses at semicolons, explanatory colons and the conjunctions that open a new clause.
 * Commas alone do not split: in review prose they mostly set off appositions and parentheticals
 * ("Tentatively, and with the caveat that …, the nanowires break …"). Nothing inside brackets splits.
 */
public final class ClauseSplitter {
    // every alternative of both patterns starts with ';', ':', ',' or white space: the leading lookahead lets the
    // scan pass over every other position with one character test instead of trying each alternative there
    private static final Pattern CONTRAST = Pattern.compile(
            "(?=[;,\\s])(?:;\\s*|,?\\s+(?:while|whilst|whereas)\\s+|,\\s+(?:but|yet|although|though)\\s+)");
    private static final Pattern CONTINUATION = Pattern.compile(
            "(?=[:,\\s])(?::\\s+(?=[a-z*(\\d])|,?\\s+(?:because|since)\\s+|,\\s+(?:so|and so|thus|hence|which|and|so that|consistent with|indicating|showing|pointing to|supporting|confirming)\\s+)");

    private static final Pattern OPENING_CONTRAST = Pattern.compile("(?:Whereas|While|Whilst|Although|Though)\\b");

    private ClauseSplitter() {}

    public static List<Clause> split(String sentence) {
        List<int[]> cuts = new ArrayList<>();
        if (mayContrast(sentence)) collect(CONTRAST, sentence, Clause.Link.CONTRAST, cuts);
        collect(CONTINUATION, sentence, Clause.Link.CONTINUATION, cuts);
        openingContrast(sentence, cuts);
        cuts.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<Clause> clauses = new ArrayList<>();
        int from = 0;
        Clause.Link link = Clause.Link.START;
        String joiner = "";
        for (int[] cut : cuts) {
            if (cut[0] < from) continue;
            if (cut[0] > from) clauses.add(new Clause(new Span(from, cut[0]), link, joiner));
            from = cut[1];
            link = Clause.Link.values()[cut[2]];
            joiner = sentence.substring(cut[0], cut[1]);
        }
        if (from < sentence.length()) clauses.add(new Clause(new Span(from, sentence.length()), link, joiner));
        return clauses;
    }

    /**
     * Whether CONTRAST can cut the sentence: each of its alternatives holds a semicolon or one of these words
     * (case-sensitively), looked up by indexOf before the pattern scans the sentence.
     */
    private static boolean mayContrast(String sentence) {
        return sentence.indexOf(';') >= 0 || sentence.contains("whil") || sentence.contains("whereas")
                || sentence.contains("but") || sentence.contains("yet") || sentence.contains("though");
    }

    /** "Whereas A limits X, on Y it is B": a sentence opening with a contrast ends its first clause at the first comma. */
    private static void openingContrast(String sentence, List<int[]> cuts) {
        if (!OPENING_CONTRAST.matcher(sentence).lookingAt()) return;
        int[] depth = bracketDepth(sentence);
        for (int i = 0; i < sentence.length(); i++) {
            if (sentence.charAt(i) == ',' && depth[i] == 0) {
                int end = i + 1;
                while (end < sentence.length() && sentence.charAt(end) == ' ') end++;
                cuts.add(new int[] {i, end, Clause.Link.CONTRAST.ordinal()});
                return;
            }
        }
    }

    private static void collect(Pattern p, String sentence, Clause.Link link, List<int[]> cuts) {
        int[] depth = bracketDepth(sentence);
        Matcher m = p.matcher(sentence);
        while (m.find()) {
            if (depth[m.start()] == 0) cuts.add(new int[] {m.start(), m.end(), link.ordinal()});
        }
    }

    private static int[] bracketDepth(String s) {
        int[] depth = new int[s.length() + 1];
        int d = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[') d++;
            depth[i] = d;
            if ((c == ')' || c == ']') && d > 0) d--;
        }
        depth[s.length()] = d;
        return depth;
    }
}
