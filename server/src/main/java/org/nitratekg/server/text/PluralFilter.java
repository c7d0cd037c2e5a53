package org.nitratekg.server.text;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds English plurals of ordinary words ({@code relations} to {@code relation}, {@code vacancies} to
 * {@code vacancy}) but leaves acronyms and formulas alone: {@code XAS}, {@code NOs} and {@code Cu-N3} are not
 * words. It must run before lower-casing, because case is what tells an acronym from a word.
 */
final class PluralFilter extends TokenFilter {
    private static final int SHORTEST_PLURAL = 5;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    PluralFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws java.io.IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String singular = singular(term.toString());
        if (singular != null) {
            term.setEmpty().append(singular);
        }
        return true;
    }

    /** The singular of a plain lower-case word (optionally capitalised), or null to keep the token as it is. */
    static String singular(String token) {
        int n = token.length();
        if (n < SHORTEST_PLURAL || !isWord(token)) {
            return null;
        }
        if (token.endsWith("ies")) {
            return token.substring(0, n - 3) + "y";
        }
        if (token.endsWith("s") && !token.endsWith("ss") && !token.endsWith("us") && !token.endsWith("is")) {
            return token.substring(0, n - 1);
        }
        return null;
    }

    private static boolean isWord(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            boolean ok = i == 0 ? Character.isLetter(c) : Character.isLowerCase(c);
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
