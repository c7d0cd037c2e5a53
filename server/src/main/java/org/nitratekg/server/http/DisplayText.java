package org.nitratekg.server.http;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text from the converter made readable for people: LaTeX fragments ({@code $70.8 \text{ mol h}^{-1}$}) become
 * plain text with Unicode super- and subscripts, Markdown emphasis markers ({@code *Adv. Funct. Mater.*},
 * {@code **2023**}) are dropped. The adsorbed-species star ({@code *NO}, {@code *H}) is kept. The result is still
 * plain text: the template escapes it.
 */
final class DisplayText {
    private static final Pattern TEXT_COMMAND = Pattern.compile("\\\\(?:text|mathrm|rm|mathit|textit|textbf|mathbf|operatorname)\\s*\\{([^{}]*)\\}");
    private static final Pattern SUPER_GROUP = Pattern.compile("\\^\\{([^{}]*)\\}");
    private static final Pattern SUB_GROUP = Pattern.compile("_\\{([^{}]*)\\}");
    private static final Pattern SUPER_ONE = Pattern.compile("\\^([-+−]?\\d)");
    private static final Pattern SUB_ONE = Pattern.compile("_(\\d)");
    private static final Pattern STRONG = Pattern.compile("\\*\\*([^*]+?)\\*\\*");
    /** An emphasis pair: not glued to a word on the outside, not padded with spaces inside (so "*NO/*H" stays). */
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])\\*(?=[^\\s*])([^*]*?[^\\s*])\\*(?![\\w*])");
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("\\cdot", "·"), Map.entry("\\times", "×"), Map.entry("\\pm", "±"), Map.entry("\\mu", "μ"),
            Map.entry("\\circ", "°"), Map.entry("\\%", "%"), Map.entry("\\sim", "~"), Map.entry("\\approx", "≈"),
            Map.entry("\\geq", "≥"), Map.entry("\\leq", "≤"), Map.entry("\\ge", "≥"), Map.entry("\\le", "≤"),
            Map.entry("\\rightarrow", "→"), Map.entry("\\to", "→"), Map.entry("\\alpha", "α"), Map.entry("\\beta", "β"),
            Map.entry("\\gamma", "γ"), Map.entry("\\delta", "δ"), Map.entry("\\Delta", "Δ"), Map.entry("\\eta", "η"),
            Map.entry("\\theta", "θ"), Map.entry("\\lambda", "λ"), Map.entry("\\sigma", "σ"), Map.entry("\\AA", "Å"),
            Map.entry("\\,", " "), Map.entry("\\;", " "), Map.entry("\\ ", " "), Map.entry("\\!", ""));
    private static final String SUPER_FROM = "0123456789+-−";
    private static final String SUPER_TO = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻";
    private static final String SUB_FROM = "0123456789+-";
    private static final String SUB_TO = "₀₁₂₃₄₅₆₇₈₉₊₋";

    private DisplayText() {}

    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String s = text;
        if (s.indexOf('\\') >= 0 || s.indexOf('$') >= 0 || s.indexOf('^') >= 0 || s.indexOf('_') >= 0) {
            s = replaceAll(TEXT_COMMAND, s, m -> m.group(1));
            // Longest command names first, so \geq is not read as \ge followed by q.
            for (String key : SYMBOLS.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList()) {
                s = s.replace(key, SYMBOLS.get(key));
            }
            s = replaceAll(SUPER_GROUP, s, m -> script(m.group(1), SUPER_FROM, SUPER_TO, "^"));
            s = replaceAll(SUB_GROUP, s, m -> script(m.group(1), SUB_FROM, SUB_TO, ""));
            s = replaceAll(SUPER_ONE, s, m -> script(m.group(1), SUPER_FROM, SUPER_TO, "^"));
            s = replaceAll(SUB_ONE, s, m -> script(m.group(1), SUB_FROM, SUB_TO, ""));
            s = s.replace("$", "").replace("{", "").replace("}", "");
        }
        if (s.indexOf('*') >= 0) {
            s = replaceAll(STRONG, s, m -> m.group(1));
            s = replaceAll(EMPHASIS, s, m -> m.group(1));
        }
        return s.replaceAll("[ \\t]{2,}", " ").strip();
    }

    /** Super- or subscript digits and signs; anything else stays plain (after {@code plainMark}, e.g. "^"). */
    private static String script(String body, String from, String to, String plainMark) {
        String trimmed = body.strip();
        StringBuilder out = new StringBuilder();
        for (char c : trimmed.toCharArray()) {
            int i = from.indexOf(c);
            if (i < 0) {
                return plainMark + trimmed;
            }
            out.append(to.charAt(i));
        }
        return out.toString();
    }

    private static String replaceAll(Pattern p, String s, java.util.function.Function<Matcher, String> f) {
        Matcher m = p.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(f.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
