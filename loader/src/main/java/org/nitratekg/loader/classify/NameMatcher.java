package org.nitratekg.loader.classify;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds where the text names a table catalyst. Names and text are compared in one folded form: Unicode
 * compatibility forms (sub- and superscript digits become plain), every dash and minus as {@code -}, no spaces
 * around {@code -} and {@code /}, so {@code Os₂–N₆/C}, {@code Os2-N6/C} and {@code Os ₂ –N ₆ /C} meet. A name with a
 * descriptor abbreviation before or after it ({@code MoO3-x NRs}, {@code ISAA Sn–Ptene}) is also found without it, if
 * what is left is still specific (a digit, a joining character or two metals). Where two names overlap in the text
 * the longer one holds the place.
 */
final class NameMatcher {
    private static final String DASH_CHARS = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D";
    private static final Pattern SPACED_JOINERS = Pattern.compile("\\s*([-/])\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DESCRIPTOR = Pattern.compile("[A-Z]{2,5}s?(?:/[A-Za-z]{1,4})?");

    /** One place where the text names a catalyst. */
    record Occurrence(String name, int start, int end) {}

    private final Map<String, List<String>> keysByName = new LinkedHashMap<>();

    NameMatcher(List<String> names) {
        for (String name : names) {
            List<String> keys = new ArrayList<>(List.of(fold(name)));
            String core = core(name);
            if (core != null && !keys.contains(fold(core))) {
                keys.add(fold(core));
            }
            keysByName.put(name, keys);
        }
    }

    /** The folded form of a name or text; offsets found in it refer to this form. */
    static String fold(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = plainDashes(s);
        // whole paragraphs are folded: each rewrite runs only where it changes something, since a match of a lone
        // '-' or of a single space would rebuild the whole text unchanged
        if (spaceBesideJoiner(s)) s = SPACED_JOINERS.matcher(s).replaceAll("$1");
        if (spacesToJoin(s)) s = SPACES.matcher(s).replaceAll(" ");
        return s.strip();
    }

    /** Every dash and minus of {@link #DASH_CHARS} as '-', char by char; the same string when there is none. */
    private static String plainDashes(String s) {
        char[] chars = null;
        for (int i = 0; i < s.length(); i++) {
            if (DASH_CHARS.indexOf(s.charAt(i)) >= 0) {
                if (chars == null) chars = s.toCharArray();
                chars[i] = '-';
            }
        }
        return chars == null ? s : new String(chars);
    }

    private static boolean spaceBesideJoiner(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '-' || c == '/') && ((i > 0 && Character.isWhitespace(s.charAt(i - 1)))
                    || (i + 1 < s.length() && Character.isWhitespace(s.charAt(i + 1))))) return true;
        }
        return false;
    }

    /** Whether {@code \s+} matches anything but a lone plain space. */
    private static boolean spacesToJoin(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\t\n\u000B\f\r".indexOf(c) >= 0 || (c == ' ' && i + 1 < s.length() && s.charAt(i + 1) == ' ')) return true;
        }
        return false;
    }

    /** Every place in a folded text where a table catalyst is named, overlaps resolved, in text order. */
    List<Occurrence> occurrences(String folded) {
        List<Occurrence> all = new ArrayList<>();
        keysByName.forEach((name, keys) -> {
            for (String key : keys) {
                for (int i = folded.indexOf(key); i >= 0; i = folded.indexOf(key, i + 1)) {
                    if (bounded(folded, i, i + key.length())) {
                        all.add(new Occurrence(name, i, i + key.length()));
                    }
                }
            }
        });
        all.sort(Comparator.comparingInt((Occurrence o) -> o.end() - o.start()).reversed().thenComparingInt(Occurrence::start));
        List<Occurrence> kept = new ArrayList<>();
        for (Occurrence o : all) {
            if (kept.stream().noneMatch(k -> k.start() < o.end() && o.start() < k.end())) {
                kept.add(o);
            }
        }
        kept.sort(Comparator.comparingInt(Occurrence::start));
        return kept;
    }

    /** The name without a leading or trailing descriptor abbreviation, or null when nothing specific is left. */
    static String core(String name) {
        List<String> tokens = new ArrayList<>(Arrays.asList(name.strip().split("\\s+")));
        while (tokens.size() > 1 && DESCRIPTOR.matcher(tokens.getLast()).matches()) {
            tokens.removeLast();
        }
        while (tokens.size() > 1 && DESCRIPTOR.matcher(tokens.getFirst()).matches()) {
            tokens.removeFirst();
        }
        String core = String.join(" ", tokens);
        boolean specific = core.matches(".*[\\d{}/@&\\-–].*") || Metals.inFormula(core).size() >= 2;
        return core.equals(name.strip()) || core.length() < 3 || !specific ? null : core;
    }

    /** Not part of a longer name: no letter or digit on either side, and no joiner leading on to more of a name. */
    private static boolean bounded(String s, int start, int end) {
        if (start > 0) {
            char before = s.charAt(start - 1);
            if (Character.isLetterOrDigit(before) || (before == '-' || before == '/') && start > 1
                    && Character.isLetterOrDigit(s.charAt(start - 2))) {
                return false;
            }
        }
        if (end < s.length()) {
            char after = s.charAt(end);
            if (Character.isLetterOrDigit(after) || after == '{' || (after == '-' || after == '/' || after == '@')
                    && end + 1 < s.length() && Character.isLetterOrDigit(s.charAt(end + 1))) {
                return false;
            }
        }
        return true;
    }
}
