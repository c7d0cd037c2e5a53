package org.nitratekg.loader.normalize;

import java.util.regex.Pattern;

/**
 * Turns a fragment printed by the PDF converter into plain searchable text: LaTeX fragments and Unicode sub- and
 * superscripts become plain characters, minus and hyphen variants become ASCII '-', Greek mu and the micro sign
 * become one character, and the spaces the converter puts around subscripts ({@code Pt ₁ /CeO₂},
 * {@code mg _{cat} ^{−1}}) are dropped. Every step keeps the offset map back to the printed text.
 */
public final class TextNormalizer {

    static final String UNICODE_SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉₊₋ₐₑₒₓₕₖₗₘₙₚₛₜ";
    static final String SUBSCRIPT_PLAIN = "0123456789+-aeoxhklmnpst";
    static final String UNICODE_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻ⁿⁱ";
    static final String SUPERSCRIPT_PLAIN = "0123456789+-ni";
    private static final String SCRIPT_CHARS = UNICODE_SUBSCRIPTS + UNICODE_SUPERSCRIPTS;


    private static final Pattern TEX_DASH = Pattern.compile("\\\\text\\{--\\}|(?<=\\d)--(?=\\d)");
    /** "× 10^{4}" or "× 10⁴" keeps its caret, so the exponent is not read as more digits of the mantissa. */
    private static final Pattern POWER_OF_TEN = Pattern.compile(
            "(?<=[×x]\\s{0,2})10\\s*(?:\\^\\s*\\{\\s*([-−+]?\\d+)\\s*\\}|\\^([-−+]?\\d)|([⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))");
    // blanks taken possessively: what must follow them is never a blank, so giving one back could not help a match
    private static final Pattern SPACE_BEFORE_SCRIPT =
            Pattern.compile("[ \\t]++(?=\\$?[_^](?!\\*)|[" + SCRIPT_CHARS + "])");
    // the lookahead comes first so the costly lookbehind only runs where spaces are followed by the right thing
    private static final Pattern SPACE_AFTER_SCRIPT_BEFORE_PUNCT = Pattern.compile(
            "(?=[ \\t]++(?:[/)\\]–\\-.,;:@]|\\$[_^]))(?<=[_^]\\{[^{}]{1,16}\\}|[_^][A-Za-z0-9]|[" + SCRIPT_CHARS + "])[ \\t]+");
    /** After a spaced Unicode subscript, the next element symbol belongs to the same formula ({@code Fe ₂ O ₃}). */
    private static final Pattern SPACE_AFTER_SCRIPT_BEFORE_ELEMENT = Pattern.compile(
            "(?=[ \\t]+[A-Z])(?<=[" + SCRIPT_CHARS + "])[ \\t]+(?=[A-Z][A-Za-z]?(?:[ \\t]*[" + SCRIPT_CHARS + "_]|[^A-Za-z]|$))");
    private static final Pattern TEXT_COMMAND =
            Pattern.compile("\\\\(?:text|mathrm|textrm|mathit|textit|mathbf|textbf|rm|mathsf|operatorname)\\s*\\{([^{}]*)\\}");
    private static final Pattern SCRIPT_GROUP = Pattern.compile("[_^]\\{([^{}]*)\\}");
    private static final Pattern SCRIPT_CHAR = Pattern.compile("(?<![×x]\\s{0,2}10)[_^]([A-Za-z0-9*+\\-−°])");
    private static final Pattern KNOWN_SYMBOL = Pattern.compile("\\\\(" + LatexSymbols.NAMES.stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote).collect(java.util.stream.Collectors.joining("|")) + ")(?![A-Za-z])");
    private static final Pattern MATH_DELIMITER = Pattern.compile("\\$");
    private static final Pattern MINUS_VARIANTS = Pattern.compile("[\u2212\u2010\u2011\uFE63\uFF0D]");
    private static final Pattern MICRO = Pattern.compile("[\u00B5]");
    private static final Pattern BOLD = Pattern.compile("\\*\\*([^*]+)\\*\\*");
    /** The star comes before the lookbehind that checks the character ahead of it, which then runs only at stars. */
    private static final Pattern EMPHASIS =
            Pattern.compile("\\*(?<![\\w*]\\*)([A-Za-z][a-z]+(?: [A-Za-z][a-z]+)*)\\*(?![\\w*])");
    /** The converter leaves a space between a formula and the punctuation after it ("NO3RR ."). */
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile(" (?=[.,;:](?:\\s|$))");
    /**
     * Runs of blanks, each to become one space. A lone plain space (most of them) is left out: it already is what the
     * rewrite would make of it, and matching it would copy every paragraph and its offset map once more.
     */
    private static final Pattern SPACES = Pattern.compile("[\\t\\u00A0\\u2009\\u202F][ \\t\\u00A0\\u2009\\u202F]*| [ \\t\\u00A0\\u2009\\u202F]+");

    private TextNormalizer() {}

    /** Normalizes a printed fragment (one line, one cell), keeping the offset map. */
    public static MappedText normalize(String printed) {
        return normalize(MappedText.of(printed));
    }

    public static MappedText normalize(MappedText printed) {
        String raw = printed.text();
        // each guard only skips rewrites that cannot match, which keeps long paragraphs fast
        boolean commands = raw.indexOf('\\') >= 0;
        boolean scripts = containsAny(raw, "_^" + SCRIPT_CHARS);
        MappedText t = raw.contains("--") ? printed.replace(TEX_DASH, "–") : printed;
        if (commands) {
            t = t.replace(KNOWN_SYMBOL, m -> LatexSymbols.character(m.group(1)));
        }
        if (t.text().contains("10") && containsAny(t.text(), "×x")) {
            t = t.replace(POWER_OF_TEN, m -> "10^" + exponent(m));
        }
        if (scripts) {
            // each needs a blank beside a script or before punctuation: looked for by hand before the pattern scans
            if (blankBefore(t.text(), "$_^" + SCRIPT_CHARS)) t = t.replace(SPACE_BEFORE_SCRIPT, "");
            if (blankBefore(t.text(), "/)]–-.,;:@$")) t = t.replace(SPACE_AFTER_SCRIPT_BEFORE_PUNCT, "");
            if (scriptBeforeBlank(t.text())) t = t.replace(SPACE_AFTER_SCRIPT_BEFORE_ELEMENT, "");
        }
        if (commands || scripts) {
            MappedText previous;
            do {
                previous = t;
                // each pattern needs its character: '\\' for a command, '{' for a group
                if (t.text().indexOf('\\') >= 0) t = t.keepGroupRepeatedly(TEXT_COMMAND, 1);
                if (t.text().indexOf('{') >= 0) t = t.keepGroupRepeatedly(SCRIPT_GROUP, 1);
            } while (!t.text().equals(previous.text()));
            if (t.text().indexOf('\\') >= 0) t = t.replace(LatexSymbols.COMMAND, m -> LatexSymbols.characterOr(m.group(1), m.group(1)));
            if (containsAny(t.text(), "_^")) t = t.keepGroup(SCRIPT_CHAR, 1);
        }
        if (t.text().indexOf('$') >= 0) {
            t = t.replace(MATH_DELIMITER, "");
        }
        if (containsAny(raw, SCRIPT_CHARS)) {
            t = t.translate(SCRIPT_CHARS, SUBSCRIPT_PLAIN + SUPERSCRIPT_PLAIN);
        }
        if (containsAny(t.text(), "\u2212\u2010\u2011\uFE63\uFF0D\u00B5")) {
            t = t.replace(MINUS_VARIANTS, "-").replace(MICRO, "μ");
        }
        if (raw.indexOf('*') >= 0) {
            t = t.keepGroup(BOLD, 1).keepGroup(EMPHASIS, 1);
        }
        if (containsAny(t.text(), "\t\u00A0\u2009\u202F") || t.text().contains("  ")) t = t.replace(SPACES, " ");
        if (blankBefore(t.text(), ".,;:")) t = t.replace(SPACE_BEFORE_PUNCTUATION, "");
        return t.strip();
    }

    /** Whether a space or tab stands right before one of these characters. */
    private static boolean blankBefore(String text, String chars) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == ' ' || c == '\t') && chars.indexOf(text.charAt(i + 1)) >= 0) return true;
        }
        return false;
    }

    /** Whether a Unicode sub- or superscript stands right before a space or tab. */
    private static boolean scriptBeforeBlank(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char next = text.charAt(i + 1);
            if ((next == ' ' || next == '\t') && SCRIPT_CHARS.indexOf(text.charAt(i)) >= 0) return true;
        }
        return false;
    }

    private static boolean containsAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The plain text only: the same rewrites without building the offset map nobody reads. */
    public static String plain(String printed) {
        return normalize(MappedText.textOnly(printed)).text();
    }

    private static String exponent(java.util.regex.MatchResult m) {
        String e = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        StringBuilder plain = new StringBuilder();
        for (char c : e.toCharArray()) {
            plain.append(UNICODE_SUPERSCRIPTS.indexOf(c) >= 0 ? plainScript(c) : c == '−' ? "-" : String.valueOf(c));
        }
        return plain.toString();
    }

    private static String plainScript(char c) {
        int i = UNICODE_SUBSCRIPTS.indexOf(c);
        if (i >= 0) {
            return String.valueOf(SUBSCRIPT_PLAIN.charAt(i));
        }
        return String.valueOf(SUPERSCRIPT_PLAIN.charAt(UNICODE_SUPERSCRIPTS.indexOf(c)));
    }
}
