package org.nitratekg.loader.classify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentence spans of a paragraph and the reference numbers a sentence cites. A full stop ends a sentence when a
 * capital, a digit or an opening bracket follows, except after the abbreviations reviews put before such things
 * ("vs. RHE", "et al.", "Fig. 2", "i.e.").
 */
final class Sentences {
    private static final Pattern END = Pattern.compile("[.!?](?:[)\\]]|\\[[\\d,;\\s–-]+])?(?=\\s*[A-Z0-9(\\[*¹²³⁴⁵⁶⁷⁸⁹⁰]|\\s*$)");
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?i)(?:\\bvs|\\bal|\\bfig|\\bfigs|\\beq|\\beqs|\\bref|\\brefs|\\bca|\\bcf|\\bno|\\bapprox|\\be\\.g|\\bi\\.e|\\bet|\\bresp)$");
    private static final Pattern CITATION = Pattern.compile("\\[(\\d{1,4}(?:\\s*[,;–-]\\s*\\d{1,4})*)]");

    /** A sentence as start and end offsets in the text it was split from. */
    record Span(int start, int end) {}

    private Sentences() {}

    static List<Span> split(String text) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        Matcher m = END.matcher(text);
        while (m.find()) {
            String before = text.substring(start, m.start());
            if (text.charAt(m.start()) == '.' && (endsWithAbbreviation(before) || endsWithDigit(before) && m.end() < text.length()
                    && Character.isDigit(text.charAt(m.end())))) {
                continue;
            }
            spans.add(trimmed(text, start, m.end()));
            start = m.end();
        }
        if (start < text.length() && !text.substring(start).isBlank()) {
            spans.add(trimmed(text, start, text.length()));
        }
        return spans;
    }

    /** {@link #ABBREVIATION} at the end of the text: only its last characters need looking at. */
    private static boolean endsWithAbbreviation(String before) {
        return ABBREVIATION.matcher(before).useTransparentBounds(true)
                .region(Math.max(0, before.length() - ABBREVIATION_WINDOW), before.length()).find();
    }

    /** The longest abbreviation ("approx") and one character more. */
    private static final int ABBREVIATION_WINDOW = 8;

    private static boolean endsWithDigit(String before) {
        return !before.isEmpty() && before.charAt(before.length() - 1) >= '0' && before.charAt(before.length() - 1) <= '9';
    }

    /** The reference numbers a sentence cites one by one ({@code [12]}, {@code [12,13]}); ranges are too broad to count. */
    static Set<Integer> citedOneByOne(String sentence) {
        Set<Integer> numbers = new LinkedHashSet<>();
        Matcher m = CITATION.matcher(sentence);
        while (m.find()) {
            for (String item : m.group(1).split("\\s*[,;]\\s*")) {
                if (item.matches("\\d+")) {
                    numbers.add(Integer.parseInt(item));
                }
            }
        }
        return numbers;
    }

    private static Span trimmed(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return new Span(start, end);
    }
}
