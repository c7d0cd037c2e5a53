package org.nitratekg.server.http;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.queryparser.classic.QueryParserBase;

/**
 * What a reader typed, as a Lucene query for the text index. Plain words are escaped (so {@code Cu/Cu2O} or
 * {@code *NO} never raise a syntax error) and combined so that hits with every word rank first and hits with some
 * of them (an entity named by one word) still come: {@code (a AND b)^4 OR a OR b}. Text written with explicit
 * operators (quotes, {@code AND}/{@code OR}/{@code NOT}, {@code +word}/{@code -word}, parentheses) is passed as it
 * is; if the index refuses it, the caller falls back to {@link #escaped}. A phrase such as "FE above 95" is also
 * read as a filter offered on the comparison page.
 */
record SearchWords(String typed, String lucene, String escaped, boolean explicit) {
    private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\uFE63\\uFF0D]");
    private static final Pattern OPERATORS = Pattern.compile("\"|\\b(AND|OR|NOT)\\b|(^|\\s)[+-][\\p{L}\\p{N}*\"(]|[()]");
    private static final Pattern FE_FILTER = Pattern.compile(
            "(?i)\\b(?:FE|faradaic\\s+efficienc(?:y|ies))\\s*(?:of\\s+)?(above|over|greater\\s+than|more\\s+than|at\\s+least|>=|≥|>)\\s*(\\d{1,3}(?:\\.\\d+)?)\\s*%?");

    static SearchWords of(String typed) {
        String text = normalise(typed == null ? "" : typed);
        List<String> words = Arrays.stream(text.split("\\s+"))
                .filter(w -> w.codePoints().anyMatch(Character::isLetterOrDigit))
                .map(w -> w.matches("AND|OR|NOT") ? w.toLowerCase(java.util.Locale.ROOT) : w)
                .map(QueryParserBase::escape)
                .toList();
        String escaped;
        if (words.isEmpty()) {
            escaped = "";
        } else if (words.size() == 1) {
            escaped = words.get(0);
        } else {
            escaped = "(" + String.join(" AND ", words) + ")^4 OR " + String.join(" OR ", words);
        }
        boolean explicit = OPERATORS.matcher(text).find();
        return new SearchWords(typed, explicit ? text.strip() : escaped, escaped, explicit);
    }

    boolean isEmpty() {
        return lucene.isBlank();
    }

    /** "FE above 95" → the least FE it asks for, to offer the comparison page filtered by it. */
    Optional<String> feAtLeast() {
        Matcher m = FE_FILTER.matcher(typed == null ? "" : typed);
        return m.find() ? Optional.of(m.group(2)) : Optional.empty();
    }

    private static String normalise(String input) {
        StringBuilder out = new StringBuilder();
        for (char c : java.text.Normalizer.normalize(input, java.text.Normalizer.Form.NFC).toCharArray()) {
            int sub = SUBSCRIPTS.indexOf(c);
            int sup = SUPERSCRIPTS.indexOf(c);
            out.append(sub >= 0 ? (char) ('0' + sub) : sup >= 0 ? (char) ('0' + sup) : c);
        }
        return DASHES.matcher(out).replaceAll("-");
    }
}
