package org.nitratekg.loader.prose;

import java.util.HashMap;
import java.util.Map;

/**
 * An index of lexicon labels by the characters their pattern ({@link Lexicon#compile}) can start with, so that a
 * text is scanned once and at each position only the labels that can begin there are tried. A label matches
 * case-insensitively when it has a lower-case letter: it is filed under its case-folded first character, as
 * {@link java.util.regex.Pattern#CASE_INSENSITIVE} with {@code UNICODE_CASE} compares characters; a leading dash or
 * space is filed under every character the pattern accepts there.
 */
final class FirstCharacters {
    private static final int[] NONE = {};
    private static final String DASHES = "-–—‑";

    private final Map<Character, int[]> exact = new HashMap<>();
    private final Map<Character, int[]> folded = new HashMap<>();
    /** Labels starting with a space: their pattern accepts any white space first; rare, so tried everywhere. */
    private int[] anywhere = NONE;

    void add(String label, int index) {
        char first = label.charAt(0);
        boolean caseSensitive = label.chars().noneMatch(Character::isLowerCase);
        if (DASHES.indexOf(first) >= 0) {
            for (char dash : DASHES.toCharArray()) exact.merge(dash, new int[] {index}, FirstCharacters::concat);
        } else if (first == ' ') {
            anywhere = concat(anywhere, new int[] {index});
        } else if (caseSensitive) {
            exact.merge(first, new int[] {index}, FirstCharacters::concat);
        } else {
            folded.merge(fold(first), new int[] {index}, FirstCharacters::concat);
        }
    }

    /** The entries that may match from a position holding this character. */
    int[] candidates(char c) {
        int[] a = exact.getOrDefault(c, NONE);
        int[] b = folded.getOrDefault(fold(c), NONE);
        if (anywhere.length == 0) return b.length == 0 ? a : a.length == 0 ? b : concat(a, b);
        return concat(concat(a, b), anywhere);
    }

    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    private static int[] concat(int[] a, int[] b) {
        int[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
