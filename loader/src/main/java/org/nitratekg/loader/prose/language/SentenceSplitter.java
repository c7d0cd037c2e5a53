package org.nitratekg.loader.prose.language;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits plain text into sentences at '.', '!' or '?' followed by a space and a capital, digit, '*' or bracket,
 * except after abbreviations (e.g., i.e., vs., et al., Fig.) and inside parentheses or brackets.
 *
 * <p>Rule-based on purpose: review prose is full of full stops that end no sentence ("vs. RHE", "i.e. an N3Zr–O–OsN3
 * unit", "Fig. 2", "et al."), of decimal numbers and formulas, and of sentences that open with an asterisk or an
 * isotope ("*NO is …", "¹⁵N NMR …"). A statistical sentence model such as OpenNLP's English one is trained on
 * general text and would need retraining on this register to know these; a short abbreviation list covers them,
 * is tested on the reviews kept with their gold, and needs no model file. The claim readers rely on clauses and cue
 * words rather than on part-of-speech tags, so a tagger would add weight without adding a fact.
 */
public final class SentenceSplitter {
    private static final Pattern ABBREVIATION =
            Pattern.compile("(?:\\be\\.g|\\bi\\.e|\\b[Vv]s|\\bet al|\\b[Ff]igs?|\\b[Rr]efs?|\\b[Nn]o|\\bcf|\\bca|\\bapprox|\\b[Ee]qs?|\\bresp|\\b[Ss]ect?)$");

    private SentenceSplitter() {}

    public static List<Span> split(String text) {
        List<Span> sentences = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') depth++;
            else if ((c == ')' || c == ']') && depth > 0) depth--;
            else if ((c == '.' || c == '!' || c == '?') && depth == 0 && endsSentence(text, start, i)) {
                add(sentences, text, start, i + 1);
                start = i + 1;
            }
        }
        add(sentences, text, start, text.length());
        return sentences;
    }

    private static void add(List<Span> sentences, String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) from++;
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
        if (to > from) sentences.add(new Span(from, to));
    }

    private static boolean endsSentence(String text, int start, int dot) {
        if (dot + 2 >= text.length() || text.charAt(dot + 1) != ' ') {
            return false;
        }
        char next = text.charAt(dot + 2);
        if (!(Character.isUpperCase(next) || Character.isDigit(next) || next == '*' || next == '(' || next == '“' || next == '¹')) {
            return false;
        }
        return !ABBREVIATION.matcher(text.substring(Math.max(start, dot - 12), dot)).find();
    }
}
