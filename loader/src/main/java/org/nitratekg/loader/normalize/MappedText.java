package org.nitratekg.loader.normalize;

import java.util.Arrays;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text derived from an original string, remembering for every character the offset of the original character it
 * came from. Each normalization step is a regular-expression rewrite, so provenance (offsets into the printed text)
 * survives any number of steps.
 */
public final class MappedText {
    private final String text;
    private final int[] origin;
    private final int originalLength;

    private MappedText(String text, int[] origin, int originalLength) {
        this.text = text;
        this.origin = origin;
        this.originalLength = originalLength;
    }

    /** The identity mapping of a printed string. */
    public static MappedText of(String printed) {
        int[] origin = new int[printed.length()];
        Arrays.setAll(origin, i -> i);
        return new MappedText(printed, origin, printed.length());
    }

    /**
     * A printed string whose derived texts will only be read, never mapped back: the rewrites then skip the offset
     * map, which is most of their cost ({@link TextNormalizer#plain}).
     */
    static MappedText textOnly(String printed) {
        return new MappedText(printed, null, printed.length());
    }

    public String text() {
        return text;
    }

    /** Offset in the original text of character {@code i} of this text ({@code i == length()} maps past the end). */
    public int originOf(int i) {
        requireMap();
        if (i >= text.length()) {
            return text.isEmpty() ? 0 : Math.min(originalLength, origin[text.length() - 1] + 1);
        }
        return origin[i];
    }

    /** The original span [start, end) that produced the derived span [from, to). */
    public int[] originSpan(int from, int to) {
        requireMap();
        if (from >= to) {
            return new int[] {originOf(from), originOf(from)};
        }
        return new int[] {origin[from], origin[to - 1] + 1};
    }

    /**
     * Replaces every match by the text of group {@code group}, each kept character keeping its own origin.
     * Group 0 keeps the whole match (useful only with lookarounds).
     */
    public MappedText keepGroup(Pattern pattern, int group) {
        return rewrite(pattern, m -> m.group(group) == null ? "" : m.group(group), group);
    }

    /** Replaces every match by a computed text; the new characters point at the start of the match. */
    public MappedText replace(Pattern pattern, Function<MatchResult, String> replacement) {
        return rewrite(pattern, replacement, -1);
    }

    /** Replaces every match by a fixed text. */
    public MappedText replace(Pattern pattern, String replacement) {
        return rewrite(pattern, m -> replacement, -1);
    }

    /**
     * Each character of {@code from} replaced by the character at the same place in {@code to}, keeping its origin
     * (what {@code replace} with a one-character replacement per character gives, without a regular expression).
     */
    public MappedText translate(String from, String to) {
        char[] chars = text.toCharArray();
        boolean changed = false;
        for (int i = 0; i < chars.length; i++) {
            int k = from.indexOf(chars[i]);
            if (k >= 0) {
                chars[i] = to.charAt(k);
                changed = true;
            }
        }
        return changed ? new MappedText(new String(chars), origin == null ? null : origin.clone(), originalLength) : this;
    }

    /** Applies {@link #keepGroup} until the text stops changing (for nested groups such as {@code _{\text{cat}}}). */
    public MappedText keepGroupRepeatedly(Pattern pattern, int group) {
        MappedText current = this;
        while (pattern.matcher(current.text).find()) {
            current = current.keepGroup(pattern, group);
        }
        return current;
    }

    /** Leading and trailing whitespace removed. */
    public MappedText strip() {
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return sub(start, end);
    }

    public MappedText sub(int start, int end) {
        int[] map = origin == null ? null : Arrays.copyOfRange(origin, start, end);
        return new MappedText(text.substring(start, end), map, originalLength);
    }

    private void requireMap() {
        if (origin == null) throw new IllegalStateException("a text-only MappedText has no offset map");
    }

    /** {@link #rewrite} without the offset map: the same text, built the same way. */
    private MappedText rewriteText(Matcher m, Function<MatchResult, String> replacement) {
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        do {
            out.append(text, last, m.start()).append(replacement.apply(m));
            last = m.end();
        } while (m.find());
        out.append(text, last, text.length());
        return new MappedText(out.toString(), null, originalLength);
    }

    private MappedText rewrite(Pattern pattern, Function<MatchResult, String> replacement, int keptGroup) {
        Matcher m = pattern.matcher(text);
        // most rewrites match nowhere in a given fragment: the text and its map stay as they are
        if (!m.find()) return this;
        if (origin == null) return rewriteText(m, replacement);
        StringBuilder out = new StringBuilder(text.length());
        int[] map = new int[text.length() * 2 + 16];
        int n = 0;
        int last = 0;
        do {
            for (int i = last; i < m.start(); i++) {
                map = grow(map, n);
                map[n++] = origin[i];
                out.append(text.charAt(i));
            }
            String rep = replacement.apply(m);
            boolean fromGroup = keptGroup >= 0 && m.group(keptGroup) != null && m.start(keptGroup) >= 0;
            for (int i = 0; i < rep.length(); i++) {
                map = grow(map, n);
                int source = fromGroup ? m.start(keptGroup) + i : Math.min(m.start() + i, Math.max(m.start(), m.end() - 1));
                map[n++] = source < origin.length ? origin[source] : originOf(source);
                out.append(rep.charAt(i));
            }
            last = m.end();
        } while (m.find());
        for (int i = last; i < text.length(); i++) {
            map = grow(map, n);
            map[n++] = origin[i];
            out.append(text.charAt(i));
        }
        return new MappedText(out.toString(), Arrays.copyOf(map, n), originalLength);
    }

    private static int[] grow(int[] map, int n) {
        return n < map.length ? map : Arrays.copyOf(map, map.length * 2);
    }

    @Override
    public String toString() {
        return text;
    }
}
