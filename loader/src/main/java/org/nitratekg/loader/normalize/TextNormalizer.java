package org.nitratekg.loader.normalize;

import java.util.Map;
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

    /** LaTeX commands standing for one character (or nothing). */
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("mu", "μ"), Map.entry("pm", "±"), Map.entry("mp", "∓"), Map.entry("rightarrow", "→"),
            Map.entry("to", "→"), Map.entry("leftarrow", "←"), Map.entry("leftrightarrow", "↔"),
            Map.entry("rightleftharpoons", "⇌"), Map.entry("equiv", "≡"), Map.entry("times", "×"),
            Map.entry("approx", "≈"), Map.entry("sim", "~"), Map.entry("cdot", "·"), Map.entry("circ", "°"),
            Map.entry("degree", "°"), Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"),
            Map.entry("delta", "δ"), Map.entry("Delta", "Δ"), Map.entry("eta", "η"), Map.entry("theta", "θ"),
            Map.entry("lambda", "λ"), Map.entry("sigma", "σ"), Map.entry("pi", "π"), Map.entry("le", "≤"),
            Map.entry("leq", "≤"), Map.entry("ge", "≥"), Map.entry("geq", "≥"), Map.entry("left", ""),
            Map.entry("right", ""), Map.entry("%", "%"), Map.entry(",", " "), Map.entry(";", " "),
            Map.entry("!", ""), Map.entry(" ", " "), Map.entry("_", "_"), Map.entry("&", "&"), Map.entry("#", "#"));

    private static final Pattern TEX_DASH = Pattern.compile("\\\\text\\{--\\}|(?<=\\d)--(?=\\d)");
    private static final Pattern SPACE_BEFORE_SCRIPT =
            Pattern.compile("[ \\t]+(?=\\$?[_^](?!\\*)|[" + SCRIPT_CHARS + "])");
    private static final Pattern SPACE_AFTER_SCRIPT_BEFORE_PUNCT = Pattern.compile(
            "(?<=[_^]\\{[^{}]{1,16}\\}|[_^][A-Za-z0-9]|[" + SCRIPT_CHARS + "])[ \\t]+(?=[/)\\]–\\-.,;:@]|\\$[_^])");
    /** After a spaced Unicode subscript, the next element symbol belongs to the same formula ({@code Fe ₂ O ₃}). */
    private static final Pattern SPACE_AFTER_SCRIPT_BEFORE_ELEMENT = Pattern.compile(
            "(?<=[" + SCRIPT_CHARS + "])[ \\t]+(?=[A-Z][A-Za-z]?(?:[ \\t]*[" + SCRIPT_CHARS + "_]|[^A-Za-z]|$))");
    private static final Pattern TEXT_COMMAND =
            Pattern.compile("\\\\(?:text|mathrm|textrm|mathit|textit|mathbf|textbf|rm|mathsf|operatorname)\\s*\\{([^{}]*)\\}");
    private static final Pattern SCRIPT_GROUP = Pattern.compile("[_^]\\{([^{}]*)\\}");
    private static final Pattern SCRIPT_CHAR = Pattern.compile("[_^]([A-Za-z0-9*+\\-−°])");
    private static final Pattern KNOWN_SYMBOL = Pattern.compile("\\\\(" + SYMBOLS.keySet().stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote).collect(java.util.stream.Collectors.joining("|")) + ")(?![A-Za-z])");
    private static final Pattern SYMBOL_COMMAND = Pattern.compile("\\\\([A-Za-z]+|[%,;! _&#])");
    private static final Pattern MATH_DELIMITER = Pattern.compile("\\$");
    private static final Pattern UNICODE_SCRIPT = Pattern.compile("[" + SCRIPT_CHARS + "]");
    private static final Pattern MINUS_VARIANTS = Pattern.compile("[\u2212\u2010\u2011\uFE63\uFF0D]");
    private static final Pattern MICRO = Pattern.compile("[\u00B5]");
    private static final Pattern BOLD = Pattern.compile("\\*\\*([^*]+)\\*\\*");
    private static final Pattern EMPHASIS =
            Pattern.compile("(?<![\\w*])\\*([A-Za-z][a-z]+(?: [A-Za-z][a-z]+)*)\\*(?![\\w*])");
    /** The converter leaves a space between a formula and the punctuation after it ("NO3RR ."). */
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile(" (?=[.,;:](?:\\s|$))");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0\\u2009\\u202F]+");

    private TextNormalizer() {}

    /** Normalizes a printed fragment (one line, one cell), keeping the offset map. */
    public static MappedText normalize(String printed) {
        return normalize(MappedText.of(printed));
    }

    public static MappedText normalize(MappedText printed) {
        MappedText t = printed.replace(TEX_DASH, "–")
                .replace(KNOWN_SYMBOL, m -> SYMBOLS.get(m.group(1)))
                .replace(SPACE_BEFORE_SCRIPT, "")
                .replace(SPACE_AFTER_SCRIPT_BEFORE_PUNCT, "")
                .replace(SPACE_AFTER_SCRIPT_BEFORE_ELEMENT, "");
        MappedText previous;
        do {
            previous = t;
            t = t.keepGroupRepeatedly(TEXT_COMMAND, 1).keepGroupRepeatedly(SCRIPT_GROUP, 1);
        } while (!t.text().equals(previous.text()));
        t = t.replace(SYMBOL_COMMAND, m -> SYMBOLS.getOrDefault(m.group(1), m.group(1)))
                .keepGroup(SCRIPT_CHAR, 1)
                .replace(MATH_DELIMITER, "")
                .replace(UNICODE_SCRIPT, m -> plainScript(m.group().charAt(0)))
                .replace(MINUS_VARIANTS, "-")
                .replace(MICRO, "μ")
                .keepGroup(BOLD, 1)
                .keepGroup(EMPHASIS, 1)
                .replace(SPACES, " ")
                .replace(SPACE_BEFORE_PUNCTUATION, "");
        return t.strip();
    }

    /** The plain text only. */
    public static String plain(String printed) {
        return normalize(printed).text();
    }

    private static String plainScript(char c) {
        int i = UNICODE_SUBSCRIPTS.indexOf(c);
        if (i >= 0) {
            return String.valueOf(SUBSCRIPT_PLAIN.charAt(i));
        }
        return String.valueOf(SUPERSCRIPT_PLAIN.charAt(UNICODE_SUPERSCRIPTS.indexOf(c)));
    }
}
