package org.nitratekg.loader.prose;

/**
 * The start of a lexicon label that its pattern ({@link Lexicon#compile}) matches character for character: up to
 * the first dash or space, which the pattern widens to a class. Comparing these few characters first tells most
 * places where a label cannot match without running its pattern there. A case-insensitive label compares
 * characters as {@code Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE} does, so the check never rules out a
 * place where the pattern would match.
 */
final class LiteralPrefix {
    private static final String WIDENED = "-–—‑ ";

    private final char[] chars;
    private final boolean caseSensitive;

    LiteralPrefix(String label, boolean caseSensitive) {
        int end = 0;
        while (end < label.length() && WIDENED.indexOf(label.charAt(end)) < 0 && !Character.isSurrogate(label.charAt(end))) end++;
        this.caseSensitive = caseSensitive;
        this.chars = new char[end];
        for (int i = 0; i < end; i++) chars[i] = caseSensitive ? label.charAt(i) : fold(label.charAt(i));
    }

    /** Whether the text holds the prefix at this position. */
    boolean at(CharSequence text, int pos) {
        if (pos + chars.length > text.length()) return false;
        for (int i = 0; i < chars.length; i++) {
            char c = text.charAt(pos + i);
            if (c != chars[i] && (caseSensitive || fold(c) != chars[i])) return false;
        }
        return true;
    }

    /** Whether the text holds the prefix anywhere. */
    boolean in(CharSequence text) {
        for (int pos = 0; pos + chars.length <= text.length(); pos++) {
            if (at(text, pos)) return true;
        }
        return false;
    }

    /** The case folding of {@code UNICODE_CASE}: lower case of the upper case. */
    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
