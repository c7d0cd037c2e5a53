package org.nitratekg.loader.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits plain text into sentences at '.', '!' or '?' followed by a space and a capital, digit, '*' or bracket,
 * except after abbreviations (e.g., i.e., vs., et al., Fig.) and inside parentheses or brackets.
 */
final class SentenceSplitter {
    private static final Pattern ABBREVIATION =
            Pattern.compile("(?i)(?:\\be\\.g|\\bi\\.e|\\bvs|\\bet al|\\bfigs?|\\brefs?|\\bno|\\bcf|\\bca|\\bapprox|\\beq|\\bresp)$");

    private SentenceSplitter() {}

    static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') depth++;
            else if ((c == ')' || c == ']') && depth > 0) depth--;
            else if ((c == '.' || c == '!' || c == '?') && depth == 0 && endsSentence(text, start, i)) {
                sentences.add(text.substring(start, i + 1).strip());
                start = i + 1;
            }
        }
        if (start < text.length() && !text.substring(start).isBlank()) {
            sentences.add(text.substring(start).strip());
        }
        return sentences;
    }

    private static boolean endsSentence(String text, int start, int dot) {
        if (dot + 2 >= text.length() || text.charAt(dot + 1) != ' ') {
            return false;
        }
        char next = text.charAt(dot + 2);
        if (!(Character.isUpperCase(next) || Character.isDigit(next) || next == '*' || next == '(' || next == '“')) {
            return false;
        }
        String before = text.substring(start, dot);
        return !ABBREVIATION.matcher(before).find();
    }
}
