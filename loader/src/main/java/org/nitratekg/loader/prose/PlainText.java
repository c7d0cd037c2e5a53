package org.nitratekg.loader.prose;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings a passage to the plain spelling the extractor matches against: LaTeX fragments, Unicode sub- and
 * superscripts and emphasis markers removed, so that {@code $^*\text{NO}_3$}, {@code *NO₃} and {@code *NO3} read alike.
 * Idempotent: text the loader already normalized passes through unchanged.
 */
final class PlainText {
    private static final Pattern MATH = Pattern.compile("\\$([^$]*)\\$");
    private static final Pattern LATEX_WRAPPER = Pattern.compile("\\\\(?:text|mathrm|mathbf|textbf|textit|mathit|rm)\\s*\\{([^{}]*)}");
    private static final Pattern SUB_OR_SUP = Pattern.compile("[_^]\\{([^{}]*)}|[_^]([^\\s{}])");
    private static final Pattern OUTSIDE_SUB = Pattern.compile("(?<=[A-Za-z0-9)\\]])_\\{([^{}]*)}|(?<=[A-Za-z0-9)\\]])_([A-Za-z0-9]+)");
    private static final Pattern OUTSIDE_SUP = Pattern.compile("(?<=[A-Za-z0-9)\\]])\\^\\{([^{}]*)}|(?<=[A-Za-z0-9)\\]])\\^([-+−*]|\\d+)");
    private static final Pattern BRACKET_CHARGE = Pattern.compile("(?<=[A-Za-z0-9])\\[([−–+-])]");
    private static final Pattern EMPHASIS = Pattern.compile("\\*([A-Za-z](?:[A-Za-z/ -]*[A-Za-z])?)\\*");
    private static final Pattern BOLD = Pattern.compile("\\*\\*([^*]+)\\*\\*");
    private static final Pattern SPACED_HYPHEN_BEFORE = Pattern.compile("(?<=[\\w)−])\\s+-(?=[A-Za-z])");
    /** The hyphen comes before the lookbehind (which ends with it), so that the lookbehind only runs at hyphens. */
    private static final Pattern SPACED_HYPHEN_AFTER = Pattern.compile("-(?<=-[a-z]{1,12}-)\\s+(?=\\w)");
    private static final Pattern BLANKS = Pattern.compile("[ \\t]+");
    private static final Pattern SPACE_BEFORE_CLOSING = Pattern.compile(" ([,.;:)\\]])");
    private static final Pattern SPACE_AFTER_OPENING = Pattern.compile("([(\\[]) ");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉₊₋";
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻";
    private static final String DIGITS = "0123456789+−";

    private PlainText() {}

    static String of(String text) {
        // Most passages are text the loader already normalized: each rewrite runs only when the character it needs
        // is there, so such a passage is read a few times by indexOf rather than once per pattern.
        String s = text;
        if (s.indexOf('$') >= 0) s = replaceAll(MATH, s, m -> latex(m.group(1)));
        if (s.indexOf('_') >= 0) s = replaceAll(OUTSIDE_SUB, s, m -> first(m));
        if (s.indexOf('^') >= 0) s = replaceAll(OUTSIDE_SUP, s, m -> first(m).replace('-', '−'));
        // a bracketed charge needs "[", a sign and "]" in a row, which the citation brackets of most passages are not
        if (bracketedSign(s)) s = replaceAll(BRACKET_CHARGE, s, m -> m.group(1).replace('-', '−').replace('–', '−'));
        if (s.indexOf('*') >= 0) {
            s = BOLD.matcher(s).replaceAll("$1");
            s = replaceAll(EMPHASIS, s, m -> m.group(1).chars().anyMatch(Character::isLowerCase) ? m.group(1) : m.group());
        }
        s = plainScripts(s);
        // converter spacing around hyphenated words ("NH3 -to- NO3", "Hads -mediated"): both need a hyphen beside a space
        if (blankThenHyphen(s)) s = SPACED_HYPHEN_BEFORE.matcher(s).replaceAll("-");
        if (hyphenThenBlank(s)) s = SPACED_HYPHEN_AFTER.matcher(s).replaceAll("-");
        // a single space already is what BLANKS makes of it
        if (s.indexOf('\t') >= 0 || s.contains("  ")) s = BLANKS.matcher(s).replaceAll(" ");
        // a space before closing punctuation or after an opening bracket: looked for by hand before the pattern scans
        if (spaceBefore(s, ",.;:)]")) s = SPACE_BEFORE_CLOSING.matcher(s).replaceAll("$1");
        if (spaceAfter(s, "([")) s = SPACE_AFTER_OPENING.matcher(s).replaceAll("$1");
        return s.strip();
    }

    /** Unicode sub- and superscript digits and signs as plain ones, a no-break space as a space; the same string when none is there. */
    private static String plainScripts(String s) {
        char[] chars = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int sub = SUBSCRIPTS.indexOf(c);
            int sup = SUPERSCRIPTS.indexOf(c);
            char plain = sub >= 0 ? DIGITS.charAt(sub) : sup >= 0 ? DIGITS.charAt(sup) : c == '\u00a0' ? ' ' : c == 'ₓ' ? 'x' : c == 'ₙ' ? 'n' : c;
            if (plain != c) {
                if (chars == null) chars = s.toCharArray();
                chars[i] = plain;
            }
        }
        return chars == null ? s : new String(chars);
    }

    /** Whether white space stands right before a hyphen (needed by {@link #SPACED_HYPHEN_BEFORE}). */
    private static boolean blankThenHyphen(String s) {
        for (int i = s.indexOf('-'); i >= 0; i = s.indexOf('-', i + 1)) {
            if (i > 0 && Character.isWhitespace(s.charAt(i - 1))) return true;
        }
        return false;
    }

    /** Whether white space stands right after a hyphen (needed by {@link #SPACED_HYPHEN_AFTER}). */
    private static boolean hyphenThenBlank(String s) {
        for (int i = s.indexOf('-'); i >= 0; i = s.indexOf('-', i + 1)) {
            if (i + 1 < s.length() && Character.isWhitespace(s.charAt(i + 1))) return true;
        }
        return false;
    }

    /** Whether "[", one of the signs {@link #BRACKET_CHARGE} reads and "]" stand in a row. */
    private static boolean bracketedSign(String s) {
        for (int i = s.indexOf('['); i >= 0 && i + 2 < s.length(); i = s.indexOf('[', i + 1)) {
            if ("−–+-".indexOf(s.charAt(i + 1)) >= 0 && s.charAt(i + 2) == ']') return true;
        }
        return false;
    }

    /** Whether a plain space stands right before one of these characters. */
    private static boolean spaceBefore(String s, String chars) {
        for (int i = s.indexOf(' '); i >= 0 && i + 1 < s.length(); i = s.indexOf(' ', i + 1)) {
            if (chars.indexOf(s.charAt(i + 1)) >= 0) return true;
        }
        return false;
    }

    /** Whether one of these characters stands right before a plain space. */
    private static boolean spaceAfter(String s, String chars) {
        for (int i = s.indexOf(' ', 1); i > 0; i = s.indexOf(' ', i + 1)) {
            if (chars.indexOf(s.charAt(i - 1)) >= 0) return true;
        }
        return false;
    }

    private static String latex(String math) {
        String s = math;
        String before;
        do {
            before = s;
            s = LATEX_WRAPPER.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        } while (!s.equals(before));
        s = s.replace("\\rightarrow", "→").replace("\\to", "→").replace("\\leftarrow", "←").replace("\\pm", "±")
                .replace("\\sim", "~").replace("\\equiv", "≡").replace("\\%", "%").replace("\\circ", "°")
                .replace("\\delta", "δ").replace("\\mu", "µ").replace("\\times", "×").replace("\\approx", "≈")
                .replace("\\geq", "≥").replace("\\leq", "≤").replace("\\,", " ").replace("\\ ", " ").replace("--", "–");
        do {
            before = s;
            s = replaceAll(SUB_OR_SUP, s, m -> first(m).replace("-", "−"));
        } while (!s.equals(before));
        s = s.replace("{", "").replace("}", "").replace("\\", "");
        // a superscript minus written for a charge after a formula keeps its sign; "^{-1}" in units becomes "−1"
        return WHITE_SPACE.matcher(s).replaceAll(" ").strip().replace("* ", "*");
    }

    private static String first(Matcher m) {
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    private static String replaceAll(Pattern p, String s, java.util.function.Function<Matcher, String> f) {
        Matcher m = p.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(f.apply(m)));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
