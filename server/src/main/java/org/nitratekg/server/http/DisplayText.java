package org.nitratekg.server.http;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nitratekg.loader.normalize.LatexSymbols;

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
    /** What a page shows beyond the loader's table of one-character commands. */
    private static final Map<String, String> DISPLAY_ONLY = Map.of("AA", "Å");
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
            // A command is read with its whole name, so \geq is not \ge followed by q; unknown commands stay.
            s = replaceAll(LatexSymbols.COMMAND, s, m -> DISPLAY_ONLY.getOrDefault(m.group(1),
                    LatexSymbols.characterOr(m.group(1), m.group())));
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

    private static String replaceAll(Pattern p, String s, java.util.function.Function<java.util.regex.MatchResult, String> f) {
        return p.matcher(s).replaceAll(m -> Matcher.quoteReplacement(f.apply(m)));
    }
}
